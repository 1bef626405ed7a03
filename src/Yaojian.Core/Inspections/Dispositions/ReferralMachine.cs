using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// 移送 / 通报 to another authority, tracked to its result. The deadline is the date to follow up by; it runs only until
/// the receiver answers, since the bureau cannot hold another authority to a date for its result.
/// </summary>
internal static class ReferralMachine
{
    public static void Define(DispositionMachine m)
    {
        m.IssueInto(Referred);
        m.Permit(Referred, Acknowledge, Acknowledged);
        m.Permit(Referred, ReceiveResult, ResultReceived);
        m.Permit(Referred, DeadlinePassed, Overdue);
        m.Permit(Overdue, Remind, Reminded);
        m.Permit(Overdue, Acknowledge, Acknowledged);
        m.Permit(Overdue, ReceiveResult, ResultReceived);
        m.Permit(Reminded, Acknowledge, Acknowledged);
        m.Permit(Reminded, ReceiveResult, ResultReceived);
        m.Permit(Reminded, DeadlinePassed, Overdue);
        m.Permit(Acknowledged, ReceiveResult, ResultReceived);
        m.Permit(ResultReceived, Close, Closed);
    }
}
