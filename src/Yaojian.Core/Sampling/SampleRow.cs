namespace Yaojian.Core.Sampling;

/// <summary>A sample in a list: what, from whom, when, its focus lists, its conclusion and — nonconforming — whether its clue became a case.</summary>
public sealed record SampleRow(
    int Id,
    string Number,
    string ProductName,
    string Batch,
    int EntityId,
    string EntityName,
    string UnitName,
    DateOnly SampledOn,
    bool Online,
    string? CategoryName,
    IReadOnlyList<CodeName> Focus,
    SampleConclusion? Conclusion,
    SampleClue? Clue);
