using System.Collections.Frozen;

namespace Yaojian.Core.Cases;

/// <summary>What a case's trigger must carry, for the machine's guards and for forms that ask for it up front.</summary>
public static class CaseTriggerRequirements
{
    private static readonly FrozenSet<CaseTrigger> ReasonTriggers = new[]
    {
        CaseTrigger.ExtendTimeLimit, CaseTrigger.Decide, CaseTrigger.DecideNoPenalty, CaseTrigger.Revoke, CaseTrigger.TransferToPolice,
        CaseTrigger.ExtendPoliceAnswer,
    }.ToFrozenSet();

    private static readonly FrozenSet<CaseTrigger> ResultTriggers = new[]
    {
        CaseTrigger.PoliceFile, CaseTrigger.PoliceDecline, CaseTrigger.Execute,
    }.ToFrozenSet();

    /// <summary>An extension (of the decision's or the police's time), a decision (its facts and basis), no penalty, a
    /// revocation and a transfer must say why.</summary>
    public static bool NeedsReason(CaseTrigger trigger) => ReasonTriggers.Contains(trigger);

    /// <summary>An extension names the day it runs to.</summary>
    public static bool NeedsNewDueOn(CaseTrigger trigger) => trigger is CaseTrigger.ExtendTimeLimit or CaseTrigger.ExtendPoliceAnswer;

    /// <summary>A decision needs its number and at least one sound penalty.</summary>
    public static bool NeedsDecision(CaseTrigger trigger) => trigger == CaseTrigger.Decide;

    public static bool NeedsReceiver(CaseTrigger trigger) => trigger == CaseTrigger.TransferToPolice;

    /// <summary>The police's answer and the execution are written down.</summary>
    public static bool NeedsResult(CaseTrigger trigger) => ResultTriggers.Contains(trigger);

    public static bool NeedsPerson(CaseTrigger trigger) => trigger == CaseTrigger.AddPerson;

    public static bool NeedsPartner(CaseTrigger trigger) => trigger == CaseTrigger.AddPartner;

    public static bool NeedsWriteUp(CaseTrigger trigger) => trigger == CaseTrigger.MarkTypical;
}
