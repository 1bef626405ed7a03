namespace Yaojian.Core.Cases;

/// <summary>The case machine's edges, for forms, lists and tests, and which states are closes.</summary>
public static class CaseTransitions
{
    public static IReadOnlyList<CaseTransition> All => CaseMachine.Edges;

    public static IReadOnlyList<CaseState> States { get; } = [.. All.SelectMany(t => new[] { t.From, t.To }).Distinct()];

    /// <summary>Every trigger an edge from <paramref name="state"/> accepts, whatever its condition (see <see cref="CaseWorkflow.PermittedTriggers"/>).</summary>
    public static IReadOnlyList<CaseTrigger> PermittedIn(CaseState state) => [.. All.Where(t => t.From == state).Select(t => t.Trigger).Distinct()];

    /// <summary>结案、不予处罚、撤销立案: the case is over (a closed case may still be published and written up as typical).</summary>
    public static bool IsClosed(CaseState state) => state is CaseState.Closed or CaseState.NotPenalised or CaseState.Revoked;

    /// <summary>A decision with penalties has been made: it can be published.</summary>
    public static bool IsDecided(CaseState state) => state is CaseState.Decided or CaseState.Executed or CaseState.Closed;

    /// <summary>Transferred to the police, who have not answered yet — before a decision (the case is with them) or after it.</summary>
    public static bool AwaitsPolice(Case legalCase) => CaseMachine.AwaitsPolice(legalCase);

    /// <summary>Registered and not yet decided: the decision's time limit runs.</summary>
    public static bool AwaitsDecision(CaseState state) => state is CaseState.Registered or CaseState.Investigating;
}
