using Yaojian.Core.Cases;

namespace Yaojian.Core.Tests.Cases;

/// <summary>What each step must carry: a step without it is refused with its own reason and changes nothing.</summary>
public sealed class CaseTriggerRequirementTests
{
    private static readonly PenaltyInput Fine = new(PenaltyKind.Fine, Amount: 20000m);

    public static TheoryData<string, CaseState, CaseStep, CaseRefusal> Missing => new()
    {
        { "extension without a reason", CaseState.Investigating, new CaseStep(CaseTrigger.ExtendTimeLimit, NewDueOn: new DateOnly(2025, 7, 1)), CaseRefusal.ReasonRequired },
        { "extension without a date", CaseState.Registered, new CaseStep(CaseTrigger.ExtendTimeLimit, "案情复杂"), CaseRefusal.DueDateRequired },
        { "extension to an earlier date", CaseState.Investigating, new CaseStep(CaseTrigger.ExtendTimeLimit, "案情复杂", new DateOnly(2025, 4, 1)), CaseRefusal.DueDateNotLater },
        { "decision without facts", CaseState.Investigating, new CaseStep(CaseTrigger.Decide, DecisionNumber: "罚〔2025〕1号", Penalties: [Fine]), CaseRefusal.ReasonRequired },
        { "decision without a number", CaseState.Investigating, new CaseStep(CaseTrigger.Decide, "销售劣药", Penalties: [Fine]), CaseRefusal.DecisionNumberRequired },
        { "decision without a penalty", CaseState.Investigating, new CaseStep(CaseTrigger.Decide, "销售劣药", DecisionNumber: "罚〔2025〕1号"), CaseRefusal.PenaltyRequired },
        { "decision with a fine of no amount", CaseState.Investigating, new CaseStep(CaseTrigger.Decide, "销售劣药", DecisionNumber: "罚〔2025〕1号", Penalties: [new PenaltyInput(PenaltyKind.Fine)]), CaseRefusal.PenaltyInvalid },
        { "decision on a person not in the case", CaseState.Investigating, new CaseStep(CaseTrigger.Decide, "销售劣药", DecisionNumber: "罚〔2025〕1号", Penalties: [new PenaltyInput(PenaltyKind.Fine, 9, 100m)]), CaseRefusal.PenaltyInvalid },
        { "no penalty without a reason", CaseState.Investigating, new CaseStep(CaseTrigger.DecideNoPenalty), CaseRefusal.ReasonRequired },
        { "revocation without a reason", CaseState.Registered, new CaseStep(CaseTrigger.Revoke, "  "), CaseRefusal.ReasonRequired },
        { "transfer without the police unit", CaseState.Investigating, new CaseStep(CaseTrigger.TransferToPolice, "涉嫌生产销售假药罪"), CaseRefusal.ReceiverRequired },
        { "transfer without a reason", CaseState.Investigating, new CaseStep(CaseTrigger.TransferToPolice, Receiver: "喀左县公安局"), CaseRefusal.ReasonRequired },
        { "police case without its result", CaseState.Transferred, new CaseStep(CaseTrigger.PoliceFile), CaseRefusal.ResultRequired },
        { "police refusal without its result", CaseState.PoliceAccepted, new CaseStep(CaseTrigger.PoliceDecline), CaseRefusal.ResultRequired },
        { "execution without how", CaseState.Decided, new CaseStep(CaseTrigger.Execute), CaseRefusal.ResultRequired },
        { "person without a name", CaseState.Investigating, new CaseStep(CaseTrigger.AddPerson, Person: new PersonInput(" ", CasePersonRole.DirectlyResponsible)), CaseRefusal.PersonRequired },
        { "person without a role", CaseState.Investigating, new CaseStep(CaseTrigger.AddPerson, Person: new PersonInput("王五", (CasePersonRole)99)), CaseRefusal.PersonRequired },
        { "partner without a bureau", CaseState.Registered, new CaseStep(CaseTrigger.AddPartner), CaseRefusal.PartnerRequired },
        { "typical case without a write-up", CaseState.Executed, new CaseStep(CaseTrigger.MarkTypical), CaseRefusal.WriteUpRequired },
        { "police's extension without a reason", CaseState.Transferred, new CaseStep(CaseTrigger.ExtendPoliceAnswer, NewDueOn: new DateOnly(2025, 3, 13)), CaseRefusal.ReasonRequired },
        { "police's extension without a date", CaseState.PoliceAccepted, new CaseStep(CaseTrigger.ExtendPoliceAnswer, "需补充材料"), CaseRefusal.DueDateRequired },
        { "police's extension to an earlier date", CaseState.Transferred, new CaseStep(CaseTrigger.ExtendPoliceAnswer, "需补充材料", new DateOnly(2025, 3, 5)), CaseRefusal.DueDateNotLater },
        { "a step dated tomorrow", CaseState.Investigating, new CaseStep(CaseTrigger.DecideNoPenalty, "违法行为轻微", On: new DateOnly(2025, 3, 4)), CaseRefusal.DateInFuture },
        { "a step dated before the previous one", CaseState.Investigating, new CaseStep(CaseTrigger.DecideNoPenalty, "违法行为轻微", On: new DateOnly(2025, 3, 2)), CaseRefusal.DateBeforePrevious },
        { "a person with a wrong check character", CaseState.Investigating, new CaseStep(CaseTrigger.AddPerson, Person: new PersonInput("王五", CasePersonRole.DirectlyResponsible, "211324198001011234")), CaseRefusal.IdNumberInvalid },
        { "a person with a short ID number", CaseState.Registered, new CaseStep(CaseTrigger.AddPerson, Person: new PersonInput("王五", CasePersonRole.DirectlyResponsible, "21132419800101")), CaseRefusal.IdNumberInvalid },
        { "facts over their limit", CaseState.Investigating, new CaseStep(CaseTrigger.DecideNoPenalty, new string('事', Case.MaxTextLength + 1)), CaseRefusal.TextTooLong },
        { "a police unit over its limit", CaseState.Investigating, new CaseStep(CaseTrigger.TransferToPolice, "涉嫌犯罪", Receiver: new string('局', CaseTexts.MaxPoliceUnit + 1)), CaseRefusal.TextTooLong },
    };

    [Theory]
    [MemberData(nameof(Missing))]
    public void Fire_WithoutWhatTheStepNeeds_IsRefusedWithItsReasonAndChangesNothing(string mistake, CaseState state, CaseStep step, CaseRefusal expected)
    {
        var (legalCase, now) = CaseDriver.InState(state);
        var (events, due, penalties) = (legalCase.Events.Count, legalCase.DecisionDueOn, legalCase.Penalties.Count);

        var result = CaseWorkflow.Fire(legalCase, step, CaseDriver.Actor, now.AddHours(1), CaseDriver.Limits);

        Assert.True(expected == result.Refusal, $"{mistake}: {result.Refusal}");
        Assert.Equal((state, events, due, penalties), (legalCase.State, legalCase.Events.Count, legalCase.DecisionDueOn, legalCase.Penalties.Count));
    }

    [Fact]
    public void Publish_AWarningsOnlyDecision_IsRefusedCitingThePublicationRules()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Investigating);
        Assert.True(CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Decide, "初次违法且危害后果轻微", DecisionNumber: "罚〔2025〕3号", Penalties: [new PenaltyInput(PenaltyKind.Warning)]),
            CaseDriver.Actor, now.AddHours(1), CaseDriver.Limits).Succeeded);

        var published = CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Publish), CaseDriver.Actor, now.AddHours(2), CaseDriver.Limits);

        Assert.Equal(CaseRefusal.WarningsOnlyNotPublished, published.Refusal);
        Assert.Null(legalCase.PublishedAt);
        Assert.Contains("第二条", Core.Common.EnumText.Of(CaseRefusal.WarningsOnlyNotPublished), StringComparison.Ordinal);
    }

    [Fact]
    public void StepProblems_NameEachFieldOverItsLimit_AndNothingWhenAllFit()
    {
        var over = new CaseStep(CaseTrigger.AddPartner, Partner: new PartnerInput(new string('局', 101), PartnerRole.Assist, new string('注', 501)), ApprovedBy: new string('王', 51));

        Assert.Equal(["联合办案单位名称不超过 100 字（现有 101 字）", "分工说明不超过 500 字（现有 501 字）", "批准人不超过 50 字（现有 51 字）"], CaseTexts.StepProblems(over));
        Assert.Empty(CaseTexts.StepProblems(CaseDriver.Everything(CaseTrigger.Decide, CaseDriver.Create())));
    }

    [Fact]
    public void Requirements_AreTheExpectedOnes()
    {
        Assert.Equal(ExpectedCaseTransitions.NeedReason.Order(), Enum.GetValues<CaseTrigger>().Where(CaseTriggerRequirements.NeedsReason).Order());
        Assert.Equal(ExpectedCaseTransitions.NeedResult.Order(), Enum.GetValues<CaseTrigger>().Where(CaseTriggerRequirements.NeedsResult).Order());
    }
}
