using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>告诫: a written warning the entity signs for.</summary>
internal static class WarningMachine
{
    public static void Define(DispositionMachine m)
    {
        m.IssueInto(Issued);
        m.Permit(Issued, Acknowledge, Acknowledged);
        m.Permit(Acknowledged, Close, Closed);
    }
}
