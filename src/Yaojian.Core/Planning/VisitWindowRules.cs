using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning;

/// <summary>
/// Where a visit may be moved by hand: a visit that serves a "per month / quarter / half-year" rule must stay inside
/// the period it was planned for, or that period would be left without its visit. Yearly, every-N-years and random-share
/// rules only need the year, which the change already keeps.
/// </summary>
public static class VisitWindowRules
{
    public static IReadOnlyList<string> Problems(PlanDefinition plan, IEnumerable<string> ruleIds, DateOnly plannedStart, DateOnly newStart, DateOnly newEnd)
    {
        var rules = plan.SchedulingRules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var id in ruleIds)
        {
            if (!rules.TryGetValue(id, out var rule) || rule.Campaign is not null || rule.Frequency is not PeriodicFrequency { Period: not CalendarPeriod.Year } periodic)
            {
                continue;
            }

            var (start, end) = Periods.Of(periodic.Period, plannedStart.Year).First(p => p.Start <= plannedStart && plannedStart <= p.End);
            if (newStart < start || newEnd > end)
            {
                problems.Add(EnumText.Format(Text.Plan_WindowLeavesPeriod, rule.Name, EnumText.Of(periodic.Period),
                    start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return problems;
    }
}
