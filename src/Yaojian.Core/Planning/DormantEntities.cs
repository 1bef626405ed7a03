using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning;

/// <summary>
/// Lost-contact and zombie entities (KZ-M-2.2) belong to a clean-up campaign, and the routine rules select the active
/// only. A plan file with no rule or milestone selecting them leaves them unvisited all year: the plan is still what the
/// file asks, but the bureau should see how many that leaves out.
/// </summary>
public static class DormantEntities
{
    public static bool IsDormant(PlanEntity entity) => entity.Status is EntityStatus.LostContact or EntityStatus.Zombie;

    /// <summary>The codes, in code order, of the dormant entities no scheduling rule and no milestone of the plan selects.</summary>
    public static IReadOnlyList<string> OutsidePlan(PlanDefinition plan, IEnumerable<PlanEntity> entities) =>
    [
        .. entities
            .Where(e => IsDormant(e) && !plan.SchedulingRules.Any(r => r.Select.Matches(e)) && !plan.Milestones.Any(m => m.Select.Matches(e)))
            .Select(e => e.Code)
            .Order(StringComparer.Ordinal),
    ];
}
