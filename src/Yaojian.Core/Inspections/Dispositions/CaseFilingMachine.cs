using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>立案: filed, handed over to the cases area, closed with the case's result.</summary>
internal static class CaseFilingMachine
{
    public static void Define(DispositionMachine m)
    {
        m.IssueInto(Filed);
        m.Permit(Filed, HandOver, HandedOver);
        m.Permit(HandedOver, ReceiveResult, Closed);
    }
}
