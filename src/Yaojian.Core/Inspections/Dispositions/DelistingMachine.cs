using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>下架、屏蔽: online products taken down by a deadline, confirmed by the bureau.</summary>
internal static class DelistingMachine
{
    public static void Define(DispositionMachine m)
    {
        m.IssueInto(Ordered);
        m.Permit(Ordered, ConfirmDelisted, Delisted);
        m.Permit(Ordered, DeadlinePassed, Overdue);

        // Products taken down late are still gone, and that has to be on record whether or not the chief escalates.
        m.Permit(Overdue, ConfirmDelisted, Delisted);
        m.Permit(Overdue, Escalate, Escalated);
        m.Permit(Delisted, Close, Closed);
    }
}
