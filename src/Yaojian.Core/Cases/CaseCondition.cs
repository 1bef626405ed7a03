namespace Yaojian.Core.Cases;

/// <summary>
/// What an edge of the case machine needs besides the case's state. A transfer to the police before a decision moves the
/// case to them (已移送公安机关); a transfer after a decision runs beside it (《行政执法机关移送涉嫌犯罪案件的规定》第十一条：
/// decisions already made are still executed), so in 已作出处罚决定 and 执行完毕 the police's steps depend on whether an
/// answer is awaited.
/// </summary>
public enum CaseCondition
{
    Always = 0,

    /// <summary>Transferred and the police have not answered yet.</summary>
    AwaitingPolice = 1,

    /// <summary>Transferred, not yet accepted and not yet answered.</summary>
    AwaitingPoliceAcceptance = 2,

    /// <summary>No answer of the police is awaited: never transferred, or answered.</summary>
    NotAwaitingPolice = 3,

    /// <summary>A decision with penalties was made: a case the police took and the bureau closed without one has nothing to publish.</summary>
    DecisionMade = 4,
}
