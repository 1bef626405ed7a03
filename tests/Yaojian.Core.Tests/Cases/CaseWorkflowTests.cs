using Yaojian.Core.Cases;

namespace Yaojian.Core.Tests.Cases;

/// <summary>Where each step's data goes: the decision and its penalties, the limits it starts, the transfer, the close.</summary>
public sealed class CaseWorkflowTests
{
    [Fact]
    public void Decide_KeepsNumberFactsAndPenalties_AndPublicationIsDueTwentyWorkingDaysLater()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Investigating);

        var (result, _) = CaseDriver.FireMinimal(legalCase, CaseTrigger.Decide, now);

        Assert.True(result.Succeeded);
        Assert.Equal((new DateOnly(2025, 3, 3), "喀市监罚〔2025〕1号", "reason for Decide"), (legalCase.DecidedOn, legalCase.DecisionNumber, legalCase.DecisionSummary));
        Assert.Equal([(PenaltyKind.Fine, (int?)null, (decimal?)20000m), (PenaltyKind.Fine, 1, 5000m)], legalCase.Penalties.Select(p => (p.Kind, p.PersonNo, p.Amount)));

        // Monday 3 March 2025 and twenty working days: four weeks later, Monday 31 March.
        Assert.Equal(new DateOnly(2025, 3, 31), legalCase.PublishDueOn);
        Assert.Equal("喀市监罚〔2025〕1号", result.Event!.Text);
    }

    [Fact]
    public void Decide_WarningsOnly_IsHeldToNoPublicationLimit()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Investigating);

        var result = CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Decide, "初次违法", DecisionNumber: "罚〔2025〕2号", Penalties: [new PenaltyInput(PenaltyKind.Warning)]),
            CaseDriver.Actor, now.AddHours(1), CaseDriver.Limits);

        Assert.True(result.Succeeded);
        Assert.Null(legalCase.PublishDueOn);
    }

    [Fact]
    public void AddPerson_NumbersThePersons_AndTheEventKeepsNoName()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Investigating);

        var (result, _) = CaseDriver.FireMinimal(legalCase, CaseTrigger.AddPerson, now);

        Assert.Equal([1, 2], legalCase.Persons.Select(p => p.No));
        Assert.Equal(("张三丰", CasePersonRole.LegalRepresentative, CaseDriver.IdNumber), (legalCase.Persons[1].Name, legalCase.Persons[1].Role, legalCase.Persons[1].IdNumber));
        Assert.Null(result.Event!.Text);
        Assert.DoesNotContain(legalCase.Events, e => (e.Text ?? string.Empty).Contains("张三丰", StringComparison.Ordinal) || (e.Reason ?? string.Empty).Contains("张三丰", StringComparison.Ordinal));
    }

    [Fact]
    public void ExtendTimeLimit_MovesTheDecisionsDueDay_AndTheEventKeepsIt()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Investigating);
        var later = legalCase.DecisionDueOn!.Value.AddDays(30);

        var (result, _) = CaseDriver.FireMinimal(legalCase, CaseTrigger.ExtendTimeLimit, now);

        Assert.True(result.Succeeded);
        Assert.Equal((later, later), (legalCase.DecisionDueOn, result.Event!.DueOn));
    }

    [Fact]
    public void TransferToPolice_StartsTheirAnswersLimit_AndAcceptanceStartsItAgain()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Investigating);

        CaseDriver.FireMinimal(legalCase, CaseTrigger.TransferToPolice, now);
        var transferred = (legalCase.PoliceUnit, legalCase.TransferredOn, legalCase.PoliceAnswerDueOn);
        var accepted = CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.PoliceAccept), CaseDriver.Actor, now.AddDays(2), CaseDriver.Limits);

        // Monday plus three days is Thursday; accepted on Wednesday, plus three days is Saturday: the next working day, Monday.
        Assert.Equal(("喀左县公安局", (DateOnly?)new DateOnly(2025, 3, 3), (DateOnly?)new DateOnly(2025, 3, 6)), transferred);
        Assert.True(accepted.Succeeded);
        Assert.Equal((new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 10)), (legalCase.PoliceAcceptedOn, legalCase.PoliceAnswerDueOn));
    }

    [Fact]
    public void PoliceDecline_BringsTheCaseBackToTheBureau_WithTheirAnswerKept()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.PoliceAccepted);

        var (result, _) = CaseDriver.FireMinimal(legalCase, CaseTrigger.PoliceDecline, now);

        Assert.True(result.Succeeded);
        Assert.Equal((CaseState.Investigating, "result of PoliceDecline"), (legalCase.State, legalCase.PoliceResult));
        Assert.NotNull(legalCase.PoliceAnsweredOn);
    }

    [Fact]
    public void ExecuteCloseAndPublish_AreDatedAndSigned()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Decided);

        (_, now) = CaseDriver.FireMinimal(legalCase, CaseTrigger.Execute, now);
        (_, now) = CaseDriver.FireMinimal(legalCase, CaseTrigger.Close, now);
        var (published, at) = CaseDriver.FireMinimal(legalCase, CaseTrigger.Publish, now);
        var (typical, _) = CaseDriver.FireMinimal(legalCase, CaseTrigger.MarkTypical, at);

        Assert.Equal(("result of Execute", (DateOnly?)new DateOnly(2025, 3, 3), (DateOnly?)new DateOnly(2025, 3, 3)), (legalCase.Execution, legalCase.ExecutedOn, legalCase.ClosedOn));
        Assert.True(published.Succeeded && typical.Succeeded);
        Assert.Equal((at.ToUniversalTime(), CaseDriver.Actor), (legalCase.PublishedAt, legalCase.PublishedBy));
        Assert.Equal((true, "某药店销售劣药案：……"), (legalCase.Typical, legalCase.TypicalWriteUp));
        Assert.Equal(CaseState.Closed, legalCase.State);
    }

    [Fact]
    public void BackDatedSteps_SetTheirDatesAndLimitsFromTheDayTheyTookEffect_AndTheEventsKeepWhenTheyWereEntered()
    {
        var legalCase = CaseDriver.Create();
        var now = CaseDriver.Start;
        CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Register, On: new DateOnly(2025, 2, 10), ApprovedBy: "王局长"), CaseDriver.Actor, now, CaseDriver.Limits);
        CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Investigate, On: new DateOnly(2025, 2, 12)), CaseDriver.Actor, now, CaseDriver.Limits);

        var decided = CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Decide, "销售劣药", DecisionNumber: "罚〔2025〕4号",
            Penalties: [new PenaltyInput(PenaltyKind.Fine, Amount: 3000m)], On: new DateOnly(2025, 2, 20)), CaseDriver.Actor, now, CaseDriver.Limits);
        CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.TransferToPolice, "涉嫌生产、销售劣药罪", Receiver: "喀左县公安局", On: new DateOnly(2025, 2, 24)),
            CaseDriver.Actor, now, CaseDriver.Limits);

        Assert.True(decided.Succeeded);
        // Thursday 20 February and twenty working days: Thursday 20 March; transferred Monday 24 February, the police answer by Thursday 27th.
        Assert.Equal(((DateOnly?)new DateOnly(2025, 2, 20), (DateOnly?)new DateOnly(2025, 3, 20)), (legalCase.DecidedOn, legalCase.PublishDueOn));
        Assert.Equal(((DateOnly?)new DateOnly(2025, 2, 24), (DateOnly?)new DateOnly(2025, 2, 27)), (legalCase.TransferredOn, legalCase.PoliceAnswerDueOn));
        Assert.Equal([new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 12), new DateOnly(2025, 2, 20), new DateOnly(2025, 2, 24)], legalCase.Events.Select(e => e.On!.Value));
        Assert.All(legalCase.Events, e => Assert.Equal(now.ToUniversalTime(), e.At));
        Assert.Equal(("王局长", "王局长"), (legalCase.ApprovedBy, legalCase.Events[0].ApprovedBy));
        var late = CaseLimitRules.Of(legalCase, CaseDriver.Limits, new DateOnly(2025, 3, 3), TimeZoneInfo.Utc).Single(l => l.Kind == Core.Cases.Limits.CaseLimitKind.PoliceAnswer);
        Assert.Equal((true, true), (late.Running, late.Overdue));
    }

    [Fact]
    public void TransferAfterADecision_RunsBesideIt_TheCaseIsExecutedButClosesOnlyOnceThePoliceAnswer()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Decided);

        (_, now) = CaseDriver.FireMinimal(legalCase, CaseTrigger.TransferToPolice, now);
        var waiting = CaseWorkflow.PermittedTriggers(legalCase);
        (_, now) = CaseDriver.FireMinimal(legalCase, CaseTrigger.Execute, now);
        var (early, _) = CaseDriver.FireMinimal(legalCase, CaseTrigger.Close, now);
        (_, now) = CaseDriver.FireMinimal(legalCase, CaseTrigger.ExtendPoliceAnswer, now);
        var extendedTo = legalCase.PoliceAnswerDueOn;
        (_, now) = CaseDriver.FireMinimal(legalCase, CaseTrigger.PoliceFile, now);
        var (closed, _) = CaseDriver.FireMinimal(legalCase, CaseTrigger.Close, now);

        Assert.Equal([CaseTrigger.Execute, CaseTrigger.Publish, CaseTrigger.MarkTypical, CaseTrigger.PoliceAccept, CaseTrigger.PoliceFile, CaseTrigger.PoliceDecline, CaseTrigger.ExtendPoliceAnswer],
            waiting);
        Assert.Equal(CaseRefusal.AwaitingPolice, early.Refusal);
        // Transferred Monday 3 March, due Thursday 6th; extended by a week to Thursday 13th.
        Assert.Equal(new DateOnly(2025, 3, 13), extendedTo);
        Assert.Equal(new DateOnly(2025, 3, 13), legalCase.Events.Single(e => e.Trigger == CaseTrigger.ExtendPoliceAnswer).DueOn);
        Assert.True(closed.Succeeded);
        Assert.Equal((CaseState.Closed, "result of PoliceFile", "喀左县公安局"), (legalCase.State, legalCase.PoliceResult, legalCase.PoliceUnit));
        Assert.Equal(
            [CaseTrigger.Decide, CaseTrigger.TransferToPolice, CaseTrigger.Execute, CaseTrigger.ExtendPoliceAnswer, CaseTrigger.PoliceFile, CaseTrigger.Close],
            legalCase.Events.Select(e => e.Trigger).SkipWhile(t => t != CaseTrigger.Decide));
    }

    [Fact]
    public void PoliceFiled_TheBureauStillDecidesARevocationAndABan_ExecutesThemAndCloses()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.PoliceFiled);

        var decided = CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Decide, "吊销药品经营许可证，法定代表人十年内禁止从事药品经营活动", DecisionNumber: "罚〔2025〕5号",
            Penalties: [new PenaltyInput(PenaltyKind.LicenceRevocation), new PenaltyInput(PenaltyKind.IndustryBan, 1, Detail: "十年内禁止从事药品经营活动")]),
            CaseDriver.Actor, now.AddHours(1), CaseDriver.Limits);
        (_, now) = CaseDriver.FireMinimal(legalCase, CaseTrigger.Execute, now.AddHours(1));
        var (closed, _) = CaseDriver.FireMinimal(legalCase, CaseTrigger.Close, now);

        Assert.True(decided.Succeeded, $"refused: {decided.Refusal}");
        Assert.True(closed.Succeeded, $"refused: {closed.Refusal}");
        Assert.Equal([PenaltyKind.LicenceRevocation, PenaltyKind.IndustryBan], legalCase.Penalties.Select(p => p.Kind));
        Assert.Equal(CaseState.Closed, legalCase.State);
    }
}
