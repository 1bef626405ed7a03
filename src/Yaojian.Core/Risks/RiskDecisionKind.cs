namespace Yaojian.Core.Risks;

/// <summary>What a consultation meeting decides about one risk; each is a step of the risk's loop.</summary>
public enum RiskDecisionKind
{
    /// <summary>列入管控: measures with owners and deadlines (<see cref="RiskTrigger.Decide"/>).</summary>
    Control = 1,

    /// <summary>不构成风险: dismissed with the reason (<see cref="RiskTrigger.Dismiss"/>).</summary>
    Dismiss = 2,

    /// <summary>跟踪问效后销号: the measures worked (<see cref="RiskTrigger.Close"/>).</summary>
    Close = 3,

    /// <summary>效果不佳，重新管控: new measures (<see cref="RiskTrigger.Reopen"/>).</summary>
    Reopen = 4,
}
