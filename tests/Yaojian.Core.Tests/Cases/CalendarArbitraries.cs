using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Cases.Limits;

namespace Yaojian.Core.Tests.Cases;

/// <summary>A start day, a period length, and a calendar of random holidays and weekend days made working days around it.</summary>
public sealed record CalendarCase(DateOnly Start, int Count, WorkingCalendar Calendar);

public static class CalendarArbitraries
{
    private static readonly DateOnly First = new(2024, 1, 1);

    public static Arbitrary<CalendarCase> Cases() =>
        (from offset in Gen.Choose(0, 3 * 365)
         from count in Gen.Choose(0, 60)
         from holidays in Gen.ListOf(Gen.Choose(0, 80)).Select(l => l.Take(25).ToList())
         from workdays in Gen.ListOf(Gen.Choose(0, 80)).Select(l => l.Take(6).ToList())
         let start = First.AddDays(offset)
         let off = holidays.Select(d => start.AddDays(d)).ToHashSet()
         select new CalendarCase(start, count, new WorkingCalendar(off,
             workdays.Select(d => start.AddDays(d)).Where(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && !off.Contains(d)))))
        .ToArbitrary();
}
