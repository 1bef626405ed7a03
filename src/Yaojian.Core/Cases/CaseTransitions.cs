namespace Yaojian.Core.Cases;

/// <summary>The case machine's edges, for forms, lists and tests, and which states are closes.</summary>
public static class CaseTransitions
{
    public static IReadOnlyList<CaseTransition> All => CaseMachine.Edges;

    public static IReadOnlyList<CaseState> States { get; } = [.. All.SelectMany(t => new[] { t.From, t.To }).Distinct()];

    public static IReadOnlyList<CaseTrigger> PermittedIn(CaseState state) => [.. All.Where(t => t.From == state).Select(t => t.Trigger)];

    /// <summary>结案、不予处罚、撤销立案: the case is over (a closed case may still be published and written up as typical).</summary>
    public static bool IsClosed(CaseState state) => state is CaseState.Closed or CaseState.NotPenalised or CaseState.Revoked;

    /// <summary>A decision with penalties has been made: it can be published.</summary>
    public static bool IsDecided(CaseState state) => state is CaseState.Decided or CaseState.Executed or CaseState.Closed;

    /// <summary>With the police, waiting for their answer.</summary>
    public static bool IsWithPolice(CaseState state) => state is CaseState.Transferred or CaseState.PoliceAccepted;

    /// <summary>Registered and not yet decided: the decision's time limit runs.</summary>
    public static bool AwaitsDecision(CaseState state) => state is CaseState.Registered or CaseState.Investigating;
}
