namespace Yaojian.Core.Sampling.Interchange;

/// <summary>One row of a result sheet, read: the sample it is for, the result, and the product and batch to cross-check when given.</summary>
public sealed record ParsedResult(int RowNumber, string SampleNumber, ResultInput Result, string? ProductName, string? Batch);
