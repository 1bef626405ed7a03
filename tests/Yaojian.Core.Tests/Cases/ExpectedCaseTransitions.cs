using Yaojian.Core.Cases;
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
        new(Executed, Close, Closed),

        // Closed without a penalty: 不予处罚 after the investigation, 撤销立案 before a decision.
        new(Investigating, DecideNoPenalty, NotPenalised),
        new(Registered, Revoke, Revoked),
        new(Investigating, Revoke, Revoked),

        // 行刑衔接: transferred to the police, tracked to their answer; back to the bureau when they open no case.
        new(Investigating, TransferToPolice, Transferred),
        new(Transferred, PoliceAccept, PoliceAccepted),
        new(Transferred, PoliceFile, PoliceFiled),
        new(PoliceAccepted, PoliceFile, PoliceFiled),
        new(Transferred, PoliceDecline, Investigating),
        new(PoliceAccepted, PoliceDecline, Investigating),
        new(PoliceFiled, Close, Closed),

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
        new(Closed, Publish, Closed),
        new(Decided, MarkTypical, Decided),
        new(Executed, MarkTypical, Executed),
        new(Closed, MarkTypical, Closed),
    ];

    public static readonly IReadOnlySet<CaseTrigger> NeedReason =
        new HashSet<CaseTrigger> { ExtendTimeLimit, Decide, DecideNoPenalty, Revoke, TransferToPolice };

    public static readonly IReadOnlySet<CaseTrigger> NeedResult = new HashSet<CaseTrigger> { PoliceFile, PoliceDecline, Execute };

    public static readonly IReadOnlySet<CaseState> Closes = new HashSet<CaseState> { Closed, NotPenalised, Revoked };

    public static IEnumerable<CaseState> States => All.SelectMany(t => new[] { t.From, t.To }).Distinct();

    public static IEnumerable<CaseTrigger> PermittedIn(CaseState state) => All.Where(t => t.From == state).Select(t => t.Trigger);
}
