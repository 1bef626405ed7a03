namespace Yaojian.Core.Sampling;

/// <summary>
/// A category or focus list of the sampling plan against its count: samples taken in each quarter, in the year, and
/// the share of the count (null when the count is not set).
/// </summary>
public sealed record ProgressRow(
    string Id,
    string Name,
    IReadOnlyList<string> Requirements,
    int? Count,
    IReadOnlyList<int> ByQuarter,
    int Total,
    decimal? Share);
