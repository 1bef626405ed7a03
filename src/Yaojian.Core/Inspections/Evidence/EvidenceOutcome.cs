namespace Yaojian.Core.Inspections.Evidence;

/// <summary>The answer to an upload outside a record: the files as they now are, or why not.</summary>
public sealed record EvidenceOutcome(IReadOnlyList<EvidenceView>? Files, bool NotFound, bool Forbidden, string? Error)
{
    public bool Succeeded => Files is not null;

    public static EvidenceOutcome Missing { get; } = new(null, true, false, null);

    public static EvidenceOutcome Refused { get; } = new(null, false, true, null);

    public static EvidenceOutcome Invalid(string error) => new(null, false, false, error);

    public static EvidenceOutcome Stored(IReadOnlyList<EvidenceView> files) => new(files, false, false, null);
}
