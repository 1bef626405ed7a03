using Yaojian.Core.Cases;
using Yaojian.Core.Cases.Limits;

namespace Yaojian.Core.Tests.Cases;

/// <summary>Brings cases to a state along the expected table, firing each trigger with just the data it needs.</summary>
public static class CaseDriver
{
    public const string Actor = "officer-li";

    /// <summary>A GB 11643 number whose check character is right.</summary>
    public const string IdNumber = "211324198001011232";

    /// <summary>A Monday in Beijing, so that working days are easy to count by eye.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly CaseTimeLimits Limits = new(
        WorkingCalendar.WeekendsOnly,
        [],
        [
            new CaseTimeLimit("decide", "九十日内作出处理决定", ["T-1"], CaseLimitKind.Decide, LegalPeriod.Days(90), LegalPeriod.Days(30), "程序规定第六十四条"),
            new CaseTimeLimit("publish", "二十个工作日内公示", ["T-1"], CaseLimitKind.Publish, LegalPeriod.WorkingDays(20), null, "公示规定第八条", SkipWarningOnly: true),
            new CaseTimeLimit("police", "三日内答复", ["T-1"], CaseLimitKind.PoliceAnswer, LegalPeriod.Days(3), null, "移送规定第八条"),
        ]);

    public static Case Create() => new()
    {
        Number = "案〔2025〕第000001号",
        Cause = "涉嫌销售劣药",
        PartyName = "康宁大药房",
        CreatedBy = Actor,
        RegisteredOn = DateOnly.FromDateTime(Start.DateTime),
        DecisionDueOn = DateOnly.FromDateTime(Start.DateTime).AddDays(90),
    };

    /// <summary>A case in <paramref name="state"/> by the shortest expected path, with one person added, and the time it got there.</summary>
    public static (Case Case, DateTimeOffset Now) InState(CaseState state)
    {
        var legalCase = Create();
        var now = Start;
        foreach (var trigger in PathTo(state))
        {
            var (result, at) = FireMinimal(legalCase, trigger, now);
            Assert.True(result.Succeeded, $"{trigger} on the way to {state} refused: {result.Refusal}");
            now = at;
            if (trigger == CaseTrigger.Register)
            {
                (result, now) = FireMinimal(legalCase, CaseTrigger.AddPerson, now);
                Assert.True(result.Succeeded);
            }
        }

        Assert.Equal(state, legalCase.State);
        return (legalCase, now);
    }

    /// <summary>A case in <paramref name="state"/> where <paramref name="when"/> holds: a decided or executed case transferred to the police when their answer must be awaited.</summary>
    public static (Case Case, DateTimeOffset Now) InState(CaseState state, CaseCondition when)
    {
        var (legalCase, now) = InState(state);
        if (when is CaseCondition.AwaitingPolice or CaseCondition.AwaitingPoliceAcceptance && !CaseTransitions.AwaitsPolice(legalCase))
        {
            CaseFireResult result;
            (result, now) = FireMinimal(legalCase, CaseTrigger.TransferToPolice, now);
            Assert.True(result.Succeeded, $"transfer in {state} refused: {result.Refusal}");
        }

        return (legalCase, now);
    }

    /// <summary>A case the police filed and the bureau closed without a decision of its own.</summary>
    public static (Case Case, DateTimeOffset Now) ClosedByThePolice()
    {
        var (legalCase, now) = InState(CaseState.PoliceFiled);
        var (result, at) = FireMinimal(legalCase, CaseTrigger.Close, now);
        Assert.True(result.Succeeded);
        return (legalCase, at);
    }

    /// <summary>What <see cref="ExpectedCaseTransitions.PermittedIn(CaseState, bool, bool, bool)"/> expects of the case as it stands.</summary>
    public static IEnumerable<CaseTrigger> Expected(Case legalCase) =>
        ExpectedCaseTransitions.PermittedIn(legalCase.State, CaseTransitions.AwaitsPolice(legalCase), legalCase.PoliceAcceptedOn is not null, legalCase.DecisionNumber is not null);

    public static (CaseFireResult Result, DateTimeOffset Now) FireMinimal(Case legalCase, CaseTrigger trigger, DateTimeOffset now)
    {
        now = now.AddHours(1);
        return (CaseWorkflow.Fire(legalCase, MinimalStep(legalCase, trigger), Actor, now, Limits), now);
    }

    /// <summary>Everything any trigger could need, so only the state itself can refuse.</summary>
    public static CaseStep Everything(CaseTrigger trigger, Case legalCase) => new(
        trigger, "why", (legalCase.DecisionDueOn ?? DateOnly.FromDateTime(Start.DateTime)).AddDays(30), "喀市监罚〔2025〕1号",
        [new PenaltyInput(PenaltyKind.Fine, Amount: 1000m)], new PersonInput("张三丰", CasePersonRole.LegalRepresentative), new PartnerInput("朝阳县市场监督管理局", PartnerRole.Assist),
        "喀左县公安局", "result", "write-up");

    public static string? ReasonFor(CaseTrigger trigger) => ExpectedCaseTransitions.NeedReason.Contains(trigger) ? $"reason for {trigger}" : null;

    public static CaseStep MinimalStep(Case legalCase, CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.ExtendTimeLimit => new(trigger, ReasonFor(trigger), NewDueOn: legalCase.DecisionDueOn!.Value.AddDays(30)),
        CaseTrigger.ExtendPoliceAnswer => new(trigger, ReasonFor(trigger), NewDueOn: legalCase.PoliceAnswerDueOn!.Value.AddDays(7)),
        CaseTrigger.Decide => new(trigger, ReasonFor(trigger), DecisionNumber: "喀市监罚〔2025〕1号",
            Penalties: [new PenaltyInput(PenaltyKind.Fine, Amount: 20000m), new PenaltyInput(PenaltyKind.Fine, PersonNo: 1, Amount: 5000m)]),
        CaseTrigger.AddPerson => new(trigger, Person: new PersonInput("张三丰", CasePersonRole.LegalRepresentative, IdNumber)),
        CaseTrigger.AddPartner => new(trigger, Partner: new PartnerInput("朝阳县市场监督管理局", PartnerRole.Assist)),
        CaseTrigger.TransferToPolice => new(trigger, ReasonFor(trigger), Receiver: "喀左县公安局"),
        CaseTrigger.MarkTypical => new(trigger, WriteUp: "某药店销售劣药案：……"),
        _ when ExpectedCaseTransitions.NeedResult.Contains(trigger) => new(trigger, ResultText: $"result of {trigger}"),
        _ => new(trigger, ReasonFor(trigger)),
    };

    private static IEnumerable<CaseTrigger> PathTo(CaseState target)
    {
        var cameBy = new Dictionary<CaseState, CaseTransition?> { [CaseState.New] = null };
        var queue = new Queue<CaseState>([CaseState.New]);
        while (queue.TryDequeue(out var state) && state != target)
        {
            foreach (var edge in ExpectedCaseTransitions.All.Where(t => t.From == state && !cameBy.ContainsKey(t.To)))
            {
                cameBy[edge.To] = edge;
                queue.Enqueue(edge.To);
            }
        }

        Assert.True(cameBy.ContainsKey(target), $"{target} is unreachable");
        var path = new List<CaseTrigger>();
        for (var edge = cameBy[target]; edge is not null; edge = cameBy[edge.From])
        {
            path.Add(edge.Trigger);
        }

        path.Reverse();
        return path;
    }
}
