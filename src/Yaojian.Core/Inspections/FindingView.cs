namespace Yaojian.Core.Inspections;

/// <summary>A finding; <see cref="RepeatOf"/> names the earlier finding it repeats.</summary>
public sealed record FindingView(int Id, string? ItemId, FindingSeverity Severity, string Description, int? RepeatOf, string? ClientKey = null);
