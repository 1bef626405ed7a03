namespace Yaojian.Core.Inspections;

/// <summary>A finding to add: the item it comes from (optional), its severity and description, and the sender's key (a resend with the same key adds nothing).</summary>
public sealed record FindingInput(string? ItemId, FindingSeverity Severity, string Description, string? ClientKey = null);
