namespace Yaojian.Core.Sampling;

/// <summary>The laboratory's result as stored: where it came from (<c>manual</c>, <c>import:{file}</c>), who entered it and when.</summary>
public sealed record SampleResultView(
    SampleConclusion Conclusion,
    string ReportNumber,
    DateOnly ReportedOn,
    IReadOnlyList<string> FailingItems,
    string? Laboratory,
    string Source,
    string By,
    DateTimeOffset At);
