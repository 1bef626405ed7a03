namespace Yaojian.Core.Sampling;

/// <summary>One page of samples, the newest first, and how many match in all.</summary>
public sealed record SamplePage(IReadOnlyList<SampleRow> Items, int Total, int Page, int PageSize);
