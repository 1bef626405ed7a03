namespace Yaojian.Core.Planning;

/// <summary>The calendar periods a frequency rule counts in: a visit must fall inside each one.</summary>
public enum CalendarPeriod
{
    Year = 1,
    HalfYear = 2,
    Quarter = 3,
    Month = 4,
}
