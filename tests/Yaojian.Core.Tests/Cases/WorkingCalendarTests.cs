using FsCheck.Xunit;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Planning.Files;

namespace Yaojian.Core.Tests.Cases;

/// <summary>
/// Working days (工作日) and days (日) as the law counts them. Public holidays are data: the plan file's <c>calendar:</c>
/// lists the year's holidays and the weekend days made working days, as the State Council announces them; without it
/// only weekends are skipped.
/// </summary>
public sealed class WorkingCalendarTests
{
    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
    public void AddWorkingDays_WithoutHolidays_SkipsEveryWeekendDay(CalendarCase c)
    {
        var end = WorkingCalendar.WeekendsOnly.AddWorkingDays(c.Start, c.Count);

        var weekdays = Days(c.Start, end).Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Equal(c.Count, weekdays);
        Assert.True(c.Count == 0 || end.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{end} is a weekend day");
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
    public void AddWorkingDays_EndsOnTheNthWorkingDayAfterTheStart_NeverOnAHoliday(CalendarCase c)
    {
        var end = c.Calendar.AddWorkingDays(c.Start, c.Count);

        Assert.Equal(c.Count, c.Calendar.WorkingDaysBetween(c.Start, end));
        if (c.Count > 0)
        {
            Assert.True(c.Calendar.IsWorkingDay(end));
            Assert.DoesNotContain(end, c.Calendar.Holidays);
            Assert.Equal(c.Count - 1, c.Calendar.WorkingDaysBetween(c.Start, end.AddDays(-1)));
        }
        else
        {
            Assert.Equal(c.Start, end);
        }
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
    public void WorkingDays_CountAWeekendDayMadeAWorkingDay_AndNoHoliday(CalendarCase c)
    {
        var end = c.Calendar.AddWorkingDays(c.Start, c.Count);

        foreach (var day in Days(c.Start, end))
        {
            Assert.Equal(c.Calendar.Workdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !c.Calendar.Holidays.Contains(day)), c.Calendar.IsWorkingDay(day));
        }
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
    public void End_OfDays_IsTheLastDayOrTheFirstWorkingDayAfterIt(CalendarCase c)
    {
        var end = c.Calendar.End(c.Start, LegalPeriod.Days(c.Count));

        var last = c.Start.AddDays(c.Count);
        Assert.True(end >= last);
        Assert.True(c.Calendar.IsWorkingDay(end));
        Assert.All(Days(last.AddDays(-1), end.AddDays(-1)), d => Assert.False(c.Calendar.IsWorkingDay(d), $"{d} is a working day before {end}"));
    }

    /// <summary>Working days skip the holidays and count the exchanged weekend days; days ending on a day off move to the next working day.</summary>
    [Theory]
    [InlineData("2025-01-24", 15, PeriodUnit.WorkingDays, "2025-02-20")]
    [InlineData("2025-09-30", 15, PeriodUnit.WorkingDays, "2025-10-28")]
    [InlineData("2025-03-14", 15, PeriodUnit.WorkingDays, "2025-04-07")]
    [InlineData("2025-04-25", 1, PeriodUnit.WorkingDays, "2025-04-27")]
    [InlineData("2025-07-04", 90, PeriodUnit.Days, "2025-10-09")]
    [InlineData("2025-03-15", 90, PeriodUnit.Days, "2025-06-13")]
    [InlineData("2025-03-05", 3, PeriodUnit.Days, "2025-03-10")]
    public void KazuoCalendar_End_CountsAsTheLawDoes(string start, int count, PeriodUnit unit, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Kazuo.End(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), new LegalPeriod(count, unit)));

    private static WorkingCalendar Kazuo => PlanFileReader.ReadFile(Path.Combine(Planning.TestPlans.PlansFolder, "kazuo-2025.yaml")).Plan!.CaseLimits.Calendar;

    private static IEnumerable<DateOnly> Days(DateOnly after, DateOnly upTo)
    {
        for (var d = after.AddDays(1); d <= upTo; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
