namespace Yaojian.Core.Cases;

/// <summary>
/// Where a case (案件) stands: registered (立案), under investigation (调查取证), decided (处罚决定), executed (执行), closed
/// (结案); closed without a penalty (不予处罚) or with its registration revoked (撤销立案); or transferred to the police
/// (行刑衔接) until they answer. <see cref="CaseTransitions.IsClosed"/> names the closed ones.
/// </summary>
public enum CaseState
{
    /// <summary>Before registration: the state the first event leaves, so registering is an audited transition too.</summary>
    New = 1,
    Registered = 2,
    Investigating = 3,
    Decided = 4,
    Executed = 5,
    Closed = 6,
    NotPenalised = 7,
    Revoked = 8,
    Transferred = 9,
    PoliceAccepted = 10,
    PoliceFiled = 11,
}
