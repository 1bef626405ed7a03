namespace Yaojian.Core.Inspections.Documents;

/// <summary>A checklist item as written on the record: its text, the result in Chinese (符合 / 不符合 / 不适用) and a note.</summary>
public sealed record ChecklistLine(string ItemText, string Result, string? Note = null);
