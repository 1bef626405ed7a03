namespace Yaojian.Core.Inspections;

/// <summary>An answer to one checklist item.</summary>
public sealed record AnswerInput(string ItemId, ItemResult? Result, string? Note);
