namespace Yaojian.Core.Planning.Interchange;

/// <summary>One row of a history file: the entity code as written and the date, or the text that is no date.</summary>
internal readonly record struct HistoryRow(int RowNumber, string Code, DateOnly Date, string? BadDate);
