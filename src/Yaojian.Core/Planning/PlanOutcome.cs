namespace Yaojian.Core.Planning;

/// <summary>The engine's answer: the visits, ordered by entity, window and unit, and any unit short of inspectors.</summary>
public sealed record PlanOutcome(IReadOnlyList<PlannedVisit> Visits, IReadOnlyList<InspectorShortfall> Shortfalls)
{
    public bool IsComplete => Shortfalls.Count == 0;
}
