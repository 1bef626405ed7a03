using Yaojian.Core.Cases;
using Yaojian.Core.Cases.Limits;

namespace Yaojian.Core.Tests.Cases;

/// <summary>Which of a case's legal time limits run on a day, and which are overdue or were met late.</summary>
public sealed class CaseLimitRulesTests
{
    [Fact]
    public void Of_ARegisteredCase_RunsTheDecisionsLimit_OverdueTheDayAfterItsDue()
    {
        var (legalCase, _) = CaseDriver.InState(CaseState.Investigating);
        var due = legalCase.DecisionDueOn!.Value;

        var onTheDay = Assert.Single(CaseLimitRules.Of(legalCase, CaseDriver.Limits, due, TimeZoneInfo.Utc));
        var after = Assert.Single(CaseLimitRules.Of(legalCase, CaseDriver.Limits, due.AddDays(1), TimeZoneInfo.Utc));

        Assert.Equal((CaseLimitKind.Decide, "九十日内作出处理决定", "程序规定第六十四条", true, false), (onTheDay.Kind, onTheDay.Name, onTheDay.Basis, onTheDay.Running, onTheDay.Overdue));
        Assert.True(after.Overdue);
    }

    [Fact]
    public void Of_ADecidedCase_StopsTheDecisionsLimit_AndRunsPublicationUntilPublished()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Decided);
        var late = legalCase.PublishDueOn!.Value.AddDays(1);

        var before = CaseLimitRules.Of(legalCase, CaseDriver.Limits, late, TimeZoneInfo.Utc);
        CaseDriver.FireMinimal(legalCase, CaseTrigger.Publish, now);
        var after = CaseLimitRules.Of(legalCase, CaseDriver.Limits, late, TimeZoneInfo.Utc);

        Assert.Equal([(CaseLimitKind.Decide, false, false), (CaseLimitKind.Publish, true, true)], before.Select(l => (l.Kind, l.Running, l.Overdue)));
        Assert.Equal(legalCase.DecidedOn, before[0].DoneOn);
        Assert.Equal([(CaseLimitKind.Decide, false, false), (CaseLimitKind.Publish, false, false)], after.Select(l => (l.Kind, l.Running, l.Overdue)));
        Assert.Equal(new DateOnly(2025, 3, 3), after[1].DoneOn);
    }

    [Fact]
    public void Of_ACaseWithThePolice_PausesTheDecisionsLimit_AndRunsTheirAnswers()
    {
        var (legalCase, _) = CaseDriver.InState(CaseState.Transferred);
        var today = legalCase.DecisionDueOn!.Value.AddDays(1);

        var limits = CaseLimitRules.Of(legalCase, CaseDriver.Limits, today, TimeZoneInfo.Utc);

        Assert.Equal([(CaseLimitKind.Decide, false, false), (CaseLimitKind.PoliceAnswer, true, true)], limits.Select(l => (l.Kind, l.Running, l.Overdue)));
    }

    [Fact]
    public void Of_ADecisionMadeAfterItsDueDay_IsMetLate()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Investigating);
        legalCase.DecisionDueOn = new DateOnly(2025, 3, 1);

        CaseDriver.FireMinimal(legalCase, CaseTrigger.Decide, now);
        var decide = CaseLimitRules.Of(legalCase, CaseDriver.Limits, new DateOnly(2025, 3, 4), TimeZoneInfo.Utc)[0];

        Assert.Equal((false, false, true), (decide.Running, decide.Overdue, decide.Late));
    }
}
