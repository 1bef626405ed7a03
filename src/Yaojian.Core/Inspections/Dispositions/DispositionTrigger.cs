namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>What moves a disposition on; which ones need a reason or data is in <see cref="TriggerRequirements"/>.</summary>
public enum DispositionTrigger
{
    Issue = 1,
    ReceiveReply = 2,
    ExtendDeadline = 3,
    DeadlinePassed = 4,
    RecheckPassed = 5,
    RecheckFailed = 6,
    Escalate = 7,
    Acknowledge = 8,
    Hold = 9,
    Reschedule = 10,
    Cancel = 11,
    RequestLift = 12,
    ApproveLift = 13,
    RefuseLift = 14,
    ConfirmDelisted = 15,
    HandOver = 16,
    ReceiveResult = 17,
    Remind = 18,
    Close = 19,
}
