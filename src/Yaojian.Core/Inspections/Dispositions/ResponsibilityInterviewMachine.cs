using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>约谈: an interview with the entity's responsible people on a set date; its deadline is that date.</summary>
internal static class ResponsibilityInterviewMachine
{
    public static void Define(DispositionMachine m)
    {
        m.IssueInto(Scheduled);
        m.Permit(Scheduled, Hold, Held);
        m.Permit(Scheduled, Reschedule, Scheduled);
        m.Permit(Scheduled, Cancel, Cancelled);
        m.Permit(Held, Close, Closed);
    }
}
