namespace Yaojian.Core.Sampling;

/// <summary>A category of the sampling plan (药品监督抽检, 医疗器械监督抽检…) and how many samples the year asks, when known.</summary>
public sealed record SamplingCategory(string Id, string Name, IReadOnlyList<string> Requirements, int? Count);
