namespace Yaojian.Core.Sampling;

/// <summary>A result that passed <see cref="ResultRules.Check"/>, its texts trimmed, the failing items joined with <c>；</c>.</summary>
public sealed record CheckedResult(SampleConclusion Conclusion, string ReportNumber, DateOnly ReportedOn, string? FailingItems, string? Laboratory)
{
    /// <summary>True when the sample already holds exactly this result (a sheet imported twice changes nothing).</summary>
    public bool IsStoredOn(Sample sample) =>
        sample.Conclusion == Conclusion && sample.ReportNumber == ReportNumber && sample.ReportedOn == ReportedOn
        && sample.FailingItems == FailingItems && sample.Laboratory == Laboratory;
}
