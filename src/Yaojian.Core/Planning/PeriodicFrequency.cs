namespace Yaojian.Core.Planning;

/// <summary>At least once in every <see cref="Period"/> of the year (每年、每半年、每季度、每月).</summary>
public sealed record PeriodicFrequency(CalendarPeriod Period) : Frequency;
