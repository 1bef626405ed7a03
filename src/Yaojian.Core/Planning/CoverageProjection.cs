namespace Yaojian.Core.Planning;

/// <summary>
/// How much of each milestone's category the plan covers by each quarter's end (an entity counts once it has a visit
/// whose window ends by then, or an inspection this year on record), against the milestone's target for that date.
/// </summary>
public static class CoverageProjection
{
    public static IReadOnlyList<MilestoneCoverage> For(
        PlanDefinition plan, int year, IReadOnlyList<PlanEntity> entities, IEnumerable<PlannedVisit> visits, IEnumerable<PastInspection> history)
    {
        var firstCovered = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        void Cover(string code, DateOnly day)
        {
            if (day.Year == year && (!firstCovered.TryGetValue(code, out var known) || day < known))
            {
                firstCovered[code] = day;
            }
        }

        foreach (var visit in visits)
        {
            Cover(visit.EntityCode, visit.WindowEnd);
        }

        foreach (var past in history)
        {
            Cover(past.EntityCode, past.Date);
        }

        var quarterEnds = Periods.Of(CalendarPeriod.Quarter, year).Select(q => q.End).ToList();
        return plan.Milestones.Select(milestone =>
        {
            var members = entities.Where(milestone.Select.Matches).Select(e => e.Code).ToList();
            var quarters = quarterEnds.Select(end =>
            {
                var covered = members.Count(code => firstCovered.TryGetValue(code, out var day) && day <= end);
                var target = milestone.Targets.Where(t => t.InYear(year) <= end).Select(t => (decimal?)t.Share).LastOrDefault();
                return new QuarterCoverage(end, covered, members.Count, target);
            }).ToList();
            return new MilestoneCoverage(milestone.Id, milestone.Name, milestone.Requirements, quarters);
        }).ToList();
    }
}
