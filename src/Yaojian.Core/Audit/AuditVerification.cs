namespace Yaojian.Core.Audit;

/// <summary>
/// The outcome of checking the chain: intact, or the first record that was altered, removed or added; with the latest
/// external anchor it was held to (null: none written yet) and, for <see cref="AuditProblem.AnchorInvalid"/>, the line
/// of the anchor file at fault.
/// </summary>
public sealed record AuditVerification(
    bool IsIntact, long Checked, long? FirstBadSequence, AuditProblem Problem, AuditAnchor? Anchor = null, int? BadAnchorLine = null)
{
    public static AuditVerification Intact(long count) => new(true, count, null, AuditProblem.None);

    public static AuditVerification Broken(long sequence, long checkedBefore, AuditProblem problem) =>
        new(false, checkedBefore, sequence, problem);
}
