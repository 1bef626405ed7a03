using Yaojian.Core.Cases;
using static Yaojian.Core.Cases.CaseCondition;
using static Yaojian.Core.Cases.CaseState;
using static Yaojian.Core.Cases.CaseTrigger;

namespace Yaojian.Core.Tests.Cases;

/// <summary>
/// The case's state table written down from requirements §4 (KZ-D-4.5, KZ-M-2.14) and the glossary, independently of the
/// machine, so that a changed edge in the code fails a test until this table agrees.
/// </summary>
public static class ExpectedCaseTransitions
{
    public static readonly CaseTransition[] All =
    [
        // 立案 → 调查取证 → 处罚决定 → 执行 → 结案
        new(New, Register, Registered),
        new(Registered, Investigate, Investigating),
        new(Investigating, Decide, Decided),
        new(Decided, Execute, Executed),
        new(Executed, Close, Closed, NotAwaitingPolice),

        // Closed without a penalty: 不予处罚 after the investigation, 撤销立案 before a decision.
        new(Investigating, DecideNoPenalty, NotPenalised),
        new(Registered, Revoke, Revoked),
        new(Investigating, Revoke, Revoked),

        // 行刑衔接 before a decision: transferred to the police, tracked to their answer (which they may take longer to
        // give); back to the bureau when they open no case; when they do, the bureau may still decide what is its own
        // to decide (吊销、行业禁入, KZ-M-2.14, on persons it adds) and execute it, or close.
        new(Investigating, TransferToPolice, Transferred),
        new(Transferred, PoliceAccept, PoliceAccepted),
        new(Transferred, PoliceFile, PoliceFiled),
        new(PoliceAccepted, PoliceFile, PoliceFiled),
        new(Transferred, PoliceDecline, Investigating),
        new(PoliceAccepted, PoliceDecline, Investigating),
        new(Transferred, ExtendPoliceAnswer, Transferred),
        new(PoliceAccepted, ExtendPoliceAnswer, PoliceAccepted),
        new(PoliceFiled, AddPerson, PoliceFiled),
        new(PoliceFiled, Decide, Decided),
        new(PoliceFiled, Close, Closed),

        // 行刑衔接 after a decision (移送规定第十一条: the decision is still executed): the transfer and the police's answer
        // run beside the decided or executed case, which does not close while their answer is awaited.
        new(Decided, TransferToPolice, Decided, NotAwaitingPolice),
        new(Executed, TransferToPolice, Executed, NotAwaitingPolice),
        new(Decided, PoliceAccept, Decided, AwaitingPoliceAcceptance),
        new(Executed, PoliceAccept, Executed, AwaitingPoliceAcceptance),
        new(Decided, PoliceFile, Decided, AwaitingPolice),
        new(Executed, PoliceFile, Executed, AwaitingPolice),
        new(Decided, PoliceDecline, Decided, AwaitingPolice),
        new(Executed, PoliceDecline, Executed, AwaitingPolice),
        new(Decided, ExtendPoliceAnswer, Decided, AwaitingPolice),
        new(Executed, ExtendPoliceAnswer, Executed, AwaitingPolice),

        // Steps that leave the state: while the decision is awaited, an extension, a person (处罚到人), a partner bureau
        // (联合查办); once decided, publication (公示) and the typical-case mark (典型案例).
        new(Registered, ExtendTimeLimit, Registered),
        new(Investigating, ExtendTimeLimit, Investigating),
        new(Registered, AddPerson, Registered),
        new(Investigating, AddPerson, Investigating),
        new(Registered, AddPartner, Registered),
        new(Investigating, AddPartner, Investigating),
        new(Decided, Publish, Decided),
        new(Executed, Publish, Executed),
        new(Closed, Publish, Closed, DecisionMade),
        new(Decided, MarkTypical, Decided),
        new(Executed, MarkTypical, Executed),
        new(Closed, MarkTypical, Closed, DecisionMade),
    ];

    public static readonly IReadOnlySet<CaseTrigger> NeedReason =
        new HashSet<CaseTrigger> { ExtendTimeLimit, Decide, DecideNoPenalty, Revoke, TransferToPolice, ExtendPoliceAnswer };

    public static readonly IReadOnlySet<CaseTrigger> NeedResult = new HashSet<CaseTrigger> { PoliceFile, PoliceDecline, Execute };

    public static readonly IReadOnlySet<CaseState> Closes = new HashSet<CaseState> { Closed, NotPenalised, Revoked };

    public static IEnumerable<CaseState> States => All.SelectMany(t => new[] { t.From, t.To }).Distinct();

    /// <summary>Every trigger an edge from <paramref name="state"/> names, whatever its condition.</summary>
    public static IEnumerable<CaseTrigger> PermittedIn(CaseState state) => All.Where(t => t.From == state).Select(t => t.Trigger);

    /// <summary>The triggers a case in <paramref name="state"/> accepts while the police's answer is <paramref name="awaited"/> (or not)
    /// and a decision <paramref name="decided"/> (or not).</summary>
    public static IEnumerable<CaseTrigger> PermittedIn(CaseState state, bool awaited, bool accepted, bool decided) =>
        All.Where(t => t.From == state && t.When switch
        {
            Always => true,
            AwaitingPolice => awaited,
            AwaitingPoliceAcceptance => awaited && !accepted,
            NotAwaitingPolice => !awaited,
            DecisionMade => decided,
        }).Select(t => t.Trigger);
}
