namespace Yaojian.Core.Sampling;

/// <summary>
/// A nonconforming result as the case-filing rate reads it: the sample, the day the laboratory reported, the clue it
/// opened and the case that clue became (its own, or its group's first clue's), if any.
/// </summary>
public sealed record NonconformingResult(
    int SampleId,
    string SampleNumber,
    string ProductName,
    string Batch,
    int EntityId,
    string EntityName,
    string UnitName,
    DateOnly ReportedOn,
    int? ClueId,
    string? ClueNumber,
    int? CaseId);
