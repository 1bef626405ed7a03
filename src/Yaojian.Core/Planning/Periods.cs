namespace Yaojian.Core.Planning;

/// <summary>The calendar periods of a year: 1 year, 2 halves, 4 quarters or 12 months.</summary>
public static class Periods
{
    public static IEnumerable<(DateOnly Start, DateOnly End)> Of(CalendarPeriod period, int year)
    {
        var months = period switch
        {
            CalendarPeriod.Year => 12,
            CalendarPeriod.HalfYear => 6,
            CalendarPeriod.Quarter => 3,
            _ => 1,
        };
        for (var first = 1; first <= 12; first += months)
        {
            var start = new DateOnly(year, first, 1);
            yield return (start, start.AddMonths(months).AddDays(-1));
        }
    }

    /// <summary>The quarter (1–4) a day falls in.</summary>
    public static int QuarterOf(DateOnly day) => ((day.Month - 1) / 3) + 1;

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly MonthEnd(DateOnly day) => MonthStart(day).AddMonths(1).AddDays(-1);
}
