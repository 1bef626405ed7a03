namespace Yaojian.Core.Planning;

/// <summary>
/// The engine's answer: the visits, ordered by entity, window and unit; any unit short of inspectors; and the codes
/// of the lost-contact and zombie entities that no rule and no campaign of the plan covers (KZ-M-2.2 sends them to a
/// clean-up campaign: a plan without one leaves them unvisited, which the bureau should know), in code order; empty
/// for a re-plan of some entities (<see cref="PlanRequest.OnlyEntities"/>).
/// </summary>
public sealed record PlanOutcome(IReadOnlyList<PlannedVisit> Visits, IReadOnlyList<InspectorShortfall> Shortfalls, IReadOnlyList<string> DormantUnplanned)
{
    public bool IsComplete => Shortfalls.Count == 0;
}
