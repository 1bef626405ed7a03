namespace Yaojian.Core.Sampling;

/// <summary>What the sample's circumstances must be: taken online or offline (when given), with one of <see cref="Concerns"/> (any).</summary>
public sealed record SampleCriteria(bool? Online, SampleConcerns Concerns);
