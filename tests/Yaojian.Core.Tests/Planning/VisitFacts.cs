using System.Globalization;
using Yaojian.Core.Planning;

namespace Yaojian.Core.Tests.Planning;

/// <summary>What the tests read off planned visits, computed here rather than with the engine's own helpers.</summary>
public static class VisitFacts
{
    public static string Describe(PlannedVisit v) => string.Create(
        CultureInfo.InvariantCulture,
        $"{v.EntityCode} [{string.Join(';', v.RuleIds)}] {v.WindowStart:yyyy-MM-dd}..{v.WindowEnd:yyyy-MM-dd} {v.Unit} ({string.Join(';', v.Inspectors)})");

    public static string Describe(IEnumerable<PlannedVisit> visits) => string.Join('\n', visits.Select(Describe));

    public static bool Inside(PlannedVisit v, DateOnly start, DateOnly end) =>
        v.WindowStart <= v.WindowEnd && v.WindowStart >= start && v.WindowEnd <= end;

    public static bool Inside(PlannedVisit v, (DateOnly Start, DateOnly End) period) => Inside(v, period.Start, period.End);

    public static int MonthsIn(CalendarPeriod period) => period switch
    {
        CalendarPeriod.Year => 12,
        CalendarPeriod.HalfYear => 6,
        CalendarPeriod.Quarter => 3,
        CalendarPeriod.Month => 1,
    };

    /// <summary>The periods of a year: January 1st to the day before the next period starts.</summary>
    public static IReadOnlyList<(DateOnly Start, DateOnly End)> PeriodsOf(CalendarPeriod period, int year)
    {
        var months = MonthsIn(period);
        return [.. Enumerable.Range(0, 12 / months).Select(i => (
            new DateOnly(year, (i * months) + 1, 1),
            new DateOnly(year, (i + 1) * months, DateTime.DaysInMonth(year, (i + 1) * months))))];
    }

    /// <summary>How many visits a rule needs of an entity it selects, in a year with no inspection yet.</summary>
    public static int VisitsNeeded(Frequency frequency) => frequency switch
    {
        PeriodicFrequency p => 12 / MonthsIn(p.Period),
        _ => 1,
    };

    /// <summary>The visit listing <paramref name="ruleId"/>, led by <paramref name="unit"/>, whose window lies in the period, if any.</summary>
    public static bool Meets(IEnumerable<PlannedVisit> visits, string ruleId, string unit, (DateOnly Start, DateOnly End) period) =>
        visits.Any(v => v.Unit == unit && v.RuleIds.Contains(ruleId) && Inside(v, period));

    public static ILookup<string, PlannedVisit> ByEntity(IEnumerable<PlannedVisit> visits) =>
        visits.ToLookup(v => v.EntityCode, StringComparer.Ordinal);
}
