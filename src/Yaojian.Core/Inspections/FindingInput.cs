namespace Yaojian.Core.Inspections;

/// <summary>A finding to add: the item it comes from (optional), its severity and description.</summary>
public sealed record FindingInput(string? ItemId, FindingSeverity Severity, string Description);
