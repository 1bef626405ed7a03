namespace Yaojian.Core.Sampling;

/// <summary>
/// The laboratory's result for one sample: conclusion, report number and date, the failing items of a nonconforming
/// result, the laboratory.
/// </summary>
public sealed record ResultInput
{
    public SampleConclusion? Conclusion { get; init; }

    public string? ReportNumber { get; init; }

    public DateOnly? ReportedOn { get; init; }

    public IReadOnlyList<string> FailingItems { get; init; } = [];

    public string? Laboratory { get; init; }
}
