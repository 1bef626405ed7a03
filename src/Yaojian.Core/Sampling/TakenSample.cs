namespace Yaojian.Core.Sampling;

/// <summary>A sample as the plan's progress counts it: when it was taken, in which category, for which focus lists.</summary>
public sealed record TakenSample(DateOnly SampledOn, string? Category, IReadOnlyCollection<string> Focus);
