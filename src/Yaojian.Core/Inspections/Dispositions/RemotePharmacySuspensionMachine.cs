using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>暂停远程药学服务 (KZ-D-3.3): suspended until the entity asks and the bureau agrees to lift it.</summary>
internal static class RemotePharmacySuspensionMachine
{
    public static void Define(DispositionMachine m)
    {
        m.IssueInto(Suspended);
        m.Permit(Suspended, RequestLift, LiftRequested);
        m.Permit(LiftRequested, ApproveLift, Lifted);
        m.Permit(LiftRequested, RefuseLift, Suspended);
    }
}
