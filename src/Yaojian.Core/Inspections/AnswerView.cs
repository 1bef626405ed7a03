namespace Yaojian.Core.Inspections;

/// <summary>A checklist item and its answer.</summary>
public sealed record AnswerView(string ItemId, string ItemText, IReadOnlyList<string> Requirements, ItemResult? Result, string? Note);
