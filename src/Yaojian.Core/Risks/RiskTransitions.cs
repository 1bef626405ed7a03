namespace Yaojian.Core.Risks;

/// <summary>The loop's edges, read back from its Stateless machine, for forms, lists and tests.</summary>
public static class RiskTransitions
{
    public static IReadOnlyList<RiskTransition> All { get; } = Read();

    public static IReadOnlyList<RiskTrigger> PermittedIn(RiskStage stage) => [.. All.Where(t => t.From == stage).Select(t => t.Trigger)];

    /// <summary>The stages before a meeting has decided the risk: what the agenda puts before the next meeting.</summary>
    public static IReadOnlyList<RiskStage> AwaitingConsultation { get; } = [RiskStage.Screening, RiskStage.Analysis, RiskStage.Consultation];

    /// <summary>The triggers a meeting fires, and the one step a page or the API fires on its own.</summary>
    public static bool NeedsMeeting(RiskTrigger trigger) => trigger == RiskTrigger.Decide;

    public static RiskTrigger TriggerOf(RiskDecisionKind kind) => kind switch
    {
        RiskDecisionKind.Control => RiskTrigger.Decide,
        RiskDecisionKind.Dismiss => RiskTrigger.Dismiss,
        RiskDecisionKind.Close => RiskTrigger.Close,
        RiskDecisionKind.Reopen => RiskTrigger.Reopen,
    };

    private static IReadOnlyList<RiskTransition> Read()
    {
        var stage = RiskStage.New;
        return new RiskMachine(() => stage, s => stage = s, () => []).Transitions();
    }
}
