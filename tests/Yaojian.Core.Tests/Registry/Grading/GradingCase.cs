using Yaojian.Core.Common;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;

namespace Yaojian.Core.Tests.Registry.Grading;

/// <summary>Grading rules, an entity with its grade (or none) and one outcome: bad news or a clean year.</summary>
public sealed record GradingCase(IReadOnlyList<GradingRule> Rules, PlanEntity Entity, CreditGrade? Grade, IReadOnlyList<GradingEvent> Events)
{
    public bool Lowering => Events[0].Lowers();

    public GradeDecision? Decide() => CreditGrading.Decide(Rules, Entity, Grade, Events);

    public override string ToString() =>
        $"{Entity.Kind} {Entity.Status} grade {Grade?.ToString() ?? "none"}, outcome {string.Join("+", Events.Select(SnakeCaseNames<GradingEvent>.Of))}\n"
        + string.Join("\n", Rules.Select(r => $"  {r.Id}: when {string.Join("|", r.When.Select(SnakeCaseNames<GradingEvent>.Of))} "
            + $"{r.Move.Kind} {r.Move.Steps} {r.Move.To} for {(r.AppliesTo is null ? "all" : string.Join("|", r.AppliesTo.Kinds))}"));
}
