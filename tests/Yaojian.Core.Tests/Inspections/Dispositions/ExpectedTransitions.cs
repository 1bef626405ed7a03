using Yaojian.Core.Inspections.Dispositions;
using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>
/// The state tables written down from requirements §3 and the glossary, independently of the machines, so that a
/// changed edge in the code fails a test until this table agrees.
/// </summary>
public static class ExpectedTransitions
{
    public static readonly IReadOnlyDictionary<DispositionKind, DispositionTransition[]> ByKind = new Dictionary<DispositionKind, DispositionTransition[]>
    {
        [DispositionKind.RectificationOrder] =
        [
            new(New, Issue, Rectifying),
            new(Rectifying, ReceiveReply, ReplyReceived),
            new(Rectifying, ExtendDeadline, Rectifying),
            new(Rectifying, DeadlinePassed, Overdue),
            new(ReplyReceived, RecheckPassed, Rechecked),
            new(ReplyReceived, RecheckFailed, Rectifying),
            new(ReplyReceived, Escalate, Escalated),
            new(Overdue, ReceiveReply, ReplyReceived),
            new(Overdue, Escalate, Escalated),
            new(Rechecked, Close, Closed),
        ],
        [DispositionKind.Warning] =
        [
            new(New, Issue, Issued),
            new(Issued, Acknowledge, Acknowledged),
            new(Acknowledged, Close, Closed),
        ],
        [DispositionKind.ResponsibilityInterview] =
        [
            new(New, Issue, Scheduled),
            new(Scheduled, Hold, Held),
            new(Scheduled, Reschedule, Scheduled),
            new(Scheduled, Cancel, Cancelled),
            new(Held, Close, Closed),
        ],
        [DispositionKind.RemotePharmacySuspension] =
        [
            new(New, Issue, Suspended),
            new(Suspended, RequestLift, LiftRequested),
            new(LiftRequested, ApproveLift, Lifted),
            new(LiftRequested, RefuseLift, Suspended),
        ],
        [DispositionKind.Delisting] =
        [
            new(New, Issue, Ordered),
            new(Ordered, ConfirmDelisted, Delisted),
            new(Ordered, DeadlinePassed, Overdue),
            new(Overdue, ConfirmDelisted, Delisted),
            new(Overdue, Escalate, Escalated),
            new(Delisted, Close, Closed),
        ],
        [DispositionKind.CaseFiling] =
        [
            new(New, Issue, Filed),
            new(Filed, HandOver, HandedOver),
            new(HandedOver, ReceiveResult, Closed),
        ],
        [DispositionKind.Referral] =
        [
            new(New, Issue, Referred),
            new(Referred, Acknowledge, Acknowledged),
            new(Referred, ReceiveResult, ResultReceived),
            new(Referred, DeadlinePassed, Overdue),
            new(Overdue, Remind, Reminded),
            new(Overdue, Acknowledge, Acknowledged),
            new(Overdue, ReceiveResult, ResultReceived),
            new(Reminded, Acknowledge, Acknowledged),
            new(Reminded, ReceiveResult, ResultReceived),
            new(Reminded, DeadlinePassed, Overdue),
            new(Acknowledged, ReceiveResult, ResultReceived),
            new(ResultReceived, Close, Closed),
        ],
    };

    /// <summary>Refusals, escalations, cancellations, failed re-checks and extensions (a rescheduled interview is one).</summary>
    public static readonly IReadOnlySet<DispositionTrigger> NeedReason =
        new HashSet<DispositionTrigger> { Issue, RefuseLift, Escalate, Cancel, RecheckFailed, ExtendDeadline, Reschedule };

    public static readonly IReadOnlySet<DispositionTrigger> NeedNewDeadline =
        new HashSet<DispositionTrigger> { ExtendDeadline, RecheckFailed, Reschedule, Remind };

    /// <summary>The kinds issued with a date: rectification and delisting deadlines, the interview's day, the referral's follow-up.</summary>
    public static readonly IReadOnlySet<DispositionKind> IssuedWithDeadline = new HashSet<DispositionKind>
    {
        DispositionKind.RectificationOrder, DispositionKind.ResponsibilityInterview, DispositionKind.Delisting, DispositionKind.Referral,
    };

    public static IEnumerable<DispositionState> StatesOf(DispositionKind kind) =>
        ByKind[kind].SelectMany(t => new[] { t.From, t.To }).Distinct();

    public static IEnumerable<DispositionTrigger> PermittedIn(DispositionKind kind, DispositionState state) =>
        ByKind[kind].Where(t => t.From == state).Select(t => t.Trigger);

    public static IEnumerable<(DispositionKind Kind, DispositionTransition Transition)> All =>
        ByKind.SelectMany(p => p.Value.Select(t => (p.Key, t)));
}
