namespace Yaojian.Core.Audit;

public enum AuditProblem
{
    None = 0,
    Altered,
    Removed,
    Inserted,

    /// <summary>The chain ends before the latest external anchor: records after the last one were deleted.</summary>
    TailMissing,

    /// <summary>The record at the latest anchor's sequence has another hash than the anchor holds.</summary>
    AnchorMismatch,

    /// <summary>A line of the anchor file is not a validly signed anchor (<see cref="AuditVerification.BadAnchorLine"/>).</summary>
    AnchorInvalid,
}
