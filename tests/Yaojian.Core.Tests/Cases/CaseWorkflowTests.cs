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
        Assert.Equal(("张三丰", CasePersonRole.LegalRepresentative, "211324198001011234"), (legalCase.Persons[1].Name, legalCase.Persons[1].Role, legalCase.Persons[1].IdNumber));
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
}
