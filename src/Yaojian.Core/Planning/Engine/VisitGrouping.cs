namespace Yaojian.Core.Planning.Engine;

/// <summary>
/// Turns one entity's obligations into the fewest visits that meet them all (interval stabbing: take the obligation
/// that ends first, and let its visit serve every obligation still open at that end). Obligations already met by an
/// inspection this year or by a kept visit need no new visit.
/// </summary>
internal static class VisitGrouping
{
    public static void Group(
        PlanEntity entity, List<Obligation> obligations, IReadOnlyList<DateOnly> done, IReadOnlyList<PlannedVisit> kept,
        IReadOnlySet<string> campaigns, long seed, List<VisitDraft> into)
    {
        foreach (var group in obligations.GroupBy(o => (o.Lead, o.Group)))
        {
            var all = group.ToList();
            var open = all.Where(o => !IsMet(o, done, kept, campaigns)).OrderBy(o => o.End).ThenBy(o => o.Start).ToList();
            var index = 0;
            while (open.Count > 0)
            {
                var end = open[0].End;
                var served = open.Where(o => o.Start <= end).ToList();
                var start = served.Max(o => o.Start);
                var key = DrawKey.For(seed, "visit", $"{entity.Code}|{group.Key.Group}|{index++}");
                into.Add(new VisitDraft(entity, group.Key.Lead, group.Key.Group, start, end, key) { Obligations = all });
                open.RemoveAll(o => o.Start <= end);
            }
        }
    }

    // An inspection on record has no unit: it meets whatever it falls in. A kept visit meets only what its own unit asks,
    // a campaign's visit only its campaign, a routine visit only routine rules.
    private static bool IsMet(Obligation obligation, IReadOnlyList<DateOnly> done, IReadOnlyList<PlannedVisit> kept, IReadOnlySet<string> campaigns) =>
        done.Any(d => d >= obligation.PeriodStart && d <= obligation.End)
        || kept.Any(k => k.Unit == obligation.Lead
                         && (obligation.Group is { } campaign ? k.RuleIds.Contains(campaign) : !k.RuleIds.Any(campaigns.Contains))
                         && k.WindowStart >= obligation.PeriodStart && k.WindowEnd <= obligation.End);
}
