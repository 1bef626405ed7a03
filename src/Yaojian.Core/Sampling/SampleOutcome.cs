namespace Yaojian.Core.Sampling;

/// <summary>What recording a sample or its result came to: the sample, or why not (no right, not found, refused fields).</summary>
public sealed record SampleOutcome(SampleDetail? Detail, bool Forbidden, bool NotFound, IReadOnlyList<SampleProblem> Problems)
{
    public static SampleOutcome Refused { get; } = new(null, true, false, []);

    public static SampleOutcome Missing { get; } = new(null, false, true, []);

    public bool Succeeded => Detail is not null;

    public static SampleOutcome Of(SampleDetail detail) => new(detail, false, false, []);

    public static SampleOutcome Invalid(IReadOnlyList<SampleProblem> problems) => new(null, false, false, problems);
}
