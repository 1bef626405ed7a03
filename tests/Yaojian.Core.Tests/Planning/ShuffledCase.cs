using Yaojian.Core.Planning;

namespace Yaojian.Core.Tests.Planning;

/// <summary>A <see cref="RoutineCase"/> with its entities and inspectors in another order.</summary>
public sealed record ShuffledCase(RoutineCase Case, IReadOnlyList<PlanEntity> Entities, IReadOnlyList<PlanInspector> Inspectors)
{
    public PlanRequest Request => Case.Request with { Entities = Entities, Inspectors = Inspectors };

    public override string ToString() =>
        Case + "\nshuffled: " + string.Join(' ', Entities.Select(e => e.Code)) + "\n" + string.Join(' ', Inspectors.Select(i => i.Code));
}
