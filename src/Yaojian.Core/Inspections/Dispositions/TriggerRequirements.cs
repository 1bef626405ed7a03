using System.Collections.Frozen;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>What a trigger must carry, for the machines' guards and for forms that ask for it up front.</summary>
public static class TriggerRequirements
{
    private static readonly FrozenSet<DispositionTrigger> ReasonTriggers = new[]
    {
        DispositionTrigger.Issue, DispositionTrigger.RefuseLift, DispositionTrigger.Escalate, DispositionTrigger.Cancel,
        DispositionTrigger.RecheckFailed, DispositionTrigger.ExtendDeadline, DispositionTrigger.Reschedule,
    }.ToFrozenSet();

    private static readonly FrozenSet<DispositionTrigger> DeadlineTriggers = new[]
    {
        DispositionTrigger.ExtendDeadline, DispositionTrigger.RecheckFailed, DispositionTrigger.Reschedule, DispositionTrigger.Remind,
    }.ToFrozenSet();

    /// <summary>Issuing (the measure's basis), refusals, escalations, cancellations, failed re-checks and extensions must say why.</summary>
    public static bool NeedsReason(DispositionTrigger trigger) => ReasonTriggers.Contains(trigger);

    /// <summary>
    /// Triggers that set a new deadline. Issuing needs one only for the kinds that run against a date
    /// (<see cref="RunsAgainstDeadline"/>).
    /// </summary>
    public static bool NeedsNewDeadline(DispositionTrigger trigger) => DeadlineTriggers.Contains(trigger);

    public static bool NeedsResult(DispositionTrigger trigger) => trigger == DispositionTrigger.ReceiveResult;

    /// <summary>Kinds issued with a date: a rectification or delisting deadline, an interview date, a referral's follow-up date.</summary>
    public static bool RunsAgainstDeadline(DispositionKind kind) => kind switch
    {
        DispositionKind.RectificationOrder or DispositionKind.ResponsibilityInterview
            or DispositionKind.Delisting or DispositionKind.Referral => true,
        DispositionKind.Warning or DispositionKind.RemotePharmacySuspension or DispositionKind.CaseFiling => false,
    };
}
