namespace Yaojian.Core.Inspections;

/// <summary>A checklist item to ask: its id, text and requirement IDs.</summary>
public sealed record ChecklistItemInput(string ItemId, string Text, IReadOnlyList<string> Requirements);
