namespace Yaojian.Core.Cases.Limits;

/// <summary>
/// Which days are working days (a pure rule): Monday to Friday, less the public holidays the State Council announces
/// each year, plus the weekend days it makes working days in exchange (调休上班). The holidays are data (the plan file's
/// <c>calendar:</c>); without them only weekends are skipped. Periods are counted as the law counts them: the first day
/// is not counted (期间开始之日不计算在内), and a period of calendar days whose last day is not a working day ends on the
/// next working day (期间届满的最后一日为法定节假日的，以节假日后的第一日为期间届满的日期).
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];
    private readonly HashSet<DateOnly> _workdays = [.. workdays];

    /// <summary>Weekends only: no holiday and no exchanged working day is known.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([], []);

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    public IReadOnlyCollection<DateOnly> Workdays => _workdays;

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The last day of <paramref name="period"/> counted from <paramref name="start"/> (which is not counted).</summary>
    public DateOnly End(DateOnly start, LegalPeriod period) => period.Unit switch
    {
        PeriodUnit.WorkingDays => AddWorkingDays(start, period.Amount),
        PeriodUnit.Days => NextWorkingDayFrom(start.AddDays(period.Amount)),
    };

    /// <summary>The <paramref name="count"/>th working day after <paramref name="start"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>How many working days lie after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private DateOnly NextWorkingDayFrom(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
