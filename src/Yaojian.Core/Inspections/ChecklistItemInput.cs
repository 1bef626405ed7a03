namespace Yaojian.Core.Inspections;

/// <summary>A checklist item to ask: its id, text and requirement IDs, and the heading it is shown under (its checklist and group).</summary>
public sealed record ChecklistItemInput(string ItemId, string Text, IReadOnlyList<string> Requirements, string? Heading = null);
