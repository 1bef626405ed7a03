namespace Yaojian.Core.Planning.Engine;

/// <summary>
/// Spreads each milestone's targets over its category: the members, in the order of their random numbers, take the
/// earliest deadline still short of its count (the first 10% by 31 March, the next up to 50% by 30 June…). A member of
/// several milestones keeps its earliest deadline.
/// </summary>
internal static class MilestoneDeadlines
{
    public static Dictionary<string, (DateOnly Deadline, CoverageMilestone Milestone)> Assign(PlanRequest request, IReadOnlyList<PlanEntity> entities)
    {
        var result = new Dictionary<string, (DateOnly, CoverageMilestone)>(StringComparer.Ordinal);
        foreach (var milestone in request.Plan.Milestones)
        {
            var members = entities.Where(milestone.Select.Matches)
                .OrderBy(e => DrawKey.For(request.Seed, "milestone:" + milestone.Id, e.Code))
                .ThenBy(e => e.Code, StringComparer.Ordinal)
                .ToList();
            var targets = milestone.Targets.Select(t => (By: t.InYear(request.Year), Count: t.RequiredOf(members.Count))).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var target = targets.FirstOrDefault(t => i < t.Count);
                if (target.Count == 0)
                {
                    continue;
                }

                var code = members[i].Code;
                if (!result.TryGetValue(code, out var existing) || target.By < existing.Item1)
                {
                    result[code] = (target.By, milestone);
                }
            }
        }

        return result;
    }
}
