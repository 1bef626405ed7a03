namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>A disposition to issue: its kind, what it follows (an inspection's finding, or an entity), a receiver for a referral, a deadline.</summary>
public sealed record IssueDispositionInput(
    DispositionKind Kind,
    int? InspectionId,
    int? FindingId,
    int? EntityId,
    ReferralReceiver? Receiver,
    DateOnly? Deadline,
    string? Reason);
