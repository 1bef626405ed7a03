namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>One unit's line of the overdue list: its open dispositions, and how many of them are overdue.</summary>
public sealed record UnitOverdueCount(int UnitId, string UnitCode, string UnitName, int Open, int Overdue);
