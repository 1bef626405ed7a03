namespace Yaojian.Core.Inspections;

/// <summary>A checklist item and its answer; <see cref="Heading"/> is what the form groups it under.</summary>
public sealed record AnswerView(string ItemId, string ItemText, IReadOnlyList<string> Requirements, ItemResult? Result, string? Note, string? Heading = null);
