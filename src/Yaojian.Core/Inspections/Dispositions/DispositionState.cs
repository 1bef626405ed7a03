namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// The states of every disposition kind in one list, so a disposition is stored in one column; each kind's machine
/// uses its own subset (see <see cref="DispositionTransitions"/>).
/// </summary>
public enum DispositionState
{
    /// <summary>Created but not yet issued: the state before the first event, so issuing is an audited transition too.</summary>
    New = 1,
    Rectifying = 2,
    ReplyReceived = 3,
    Rechecked = 4,
    Overdue = 5,
    Escalated = 6,
    Issued = 7,
    Acknowledged = 8,
    Scheduled = 9,
    Held = 10,
    Cancelled = 11,
    Suspended = 12,
    LiftRequested = 13,
    Lifted = 14,
    Ordered = 15,
    Delisted = 16,
    Filed = 17,
    HandedOver = 18,
    Referred = 19,
    Reminded = 20,
    ResultReceived = 21,
    Closed = 22,
}
