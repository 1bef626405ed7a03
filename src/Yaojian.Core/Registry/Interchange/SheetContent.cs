namespace Yaojian.Core.Registry.Interchange;

/// <summary>What a spreadsheet or CSV file held: its header (normalised names) and its non-empty data rows.</summary>
public sealed record SheetContent(IReadOnlyList<string> Header, IReadOnlyList<EntityRow> Rows);
