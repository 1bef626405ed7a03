using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>责令改正: the entity rectifies by a deadline, replies, and a re-check decides (KZ-D-3.3, KZ-M-2.12).</summary>
internal static class RectificationOrderMachine
{
    public static void Define(DispositionMachine m)
    {
        m.IssueInto(Rectifying);
        m.Permit(Rectifying, ReceiveReply, ReplyReceived);
        m.Permit(Rectifying, ExtendDeadline, Rectifying);
        m.Permit(Rectifying, DeadlinePassed, Overdue);
        m.Permit(ReplyReceived, RecheckPassed, Rechecked);
        m.Permit(ReplyReceived, RecheckFailed, Rectifying);
        m.Permit(ReplyReceived, Escalate, Escalated);

        // A late reply is still re-checked: being late alone is for the chief to escalate, not for the machine to decide.
        m.Permit(Overdue, ReceiveReply, ReplyReceived);
        m.Permit(Overdue, Escalate, Escalated);
        m.Permit(Rechecked, Close, Closed);
    }
}
