using Yaojian.Core.Cases;

namespace Yaojian.Core.Tests.Cases;

/// <summary>Every state × trigger pair missing from the expected table is refused and changes nothing.</summary>
public sealed class CaseRefusedTransitionTests
{
    public static TheoryData<CaseState, CaseTrigger> Refused =>
    [
        .. from state in ExpectedCaseTransitions.States
           from trigger in Enum.GetValues<CaseTrigger>()
           where !ExpectedCaseTransitions.PermittedIn(state).Contains(trigger)
           select (state, trigger),
    ];

    public static TheoryData<CaseState> States => [.. ExpectedCaseTransitions.States];

    [Theory]
    [MemberData(nameof(Refused))]
    public void Fire_ATriggerTheStateDoesNotAccept_IsRefusedAsNotPermittedAndChangesNothing(CaseState state, CaseTrigger trigger)
    {
        var (legalCase, now) = CaseDriver.InState(state);
        var events = legalCase.Events.ToList();
        var (due, penalties, persons) = (legalCase.DecisionDueOn, legalCase.Penalties.Count, legalCase.Persons.Count);

        var result = CaseWorkflow.Fire(legalCase, CaseDriver.Everything(trigger, legalCase), CaseDriver.Actor, now.AddHours(1), CaseDriver.Limits);

        Assert.False(result.Succeeded);
        Assert.Equal(CaseRefusal.NotPermitted, result.Refusal);
        Assert.Null(result.Event);
        Assert.Equal(ExpectedCaseTransitions.PermittedIn(state).Order(), result.PermittedTriggers.Order());
        Assert.Equal(state, legalCase.State);
        Assert.Equal(events, legalCase.Events);
        Assert.Equal((due, penalties, persons), (legalCase.DecisionDueOn, legalCase.Penalties.Count, legalCase.Persons.Count));
    }

    [Theory]
    [MemberData(nameof(States))]
    public void PermittedTriggers_InEachState_AreTheExpectedOnes(CaseState state)
    {
        var (legalCase, _) = CaseDriver.InState(state);

        Assert.Equal(ExpectedCaseTransitions.PermittedIn(state).Order(), CaseWorkflow.PermittedTriggers(legalCase).Order());
        Assert.Equal(ExpectedCaseTransitions.PermittedIn(state).Order(), CaseTransitions.PermittedIn(state).Order());
    }

    [Fact]
    public void Publish_ASecondTime_IsRefusedAsAlreadyPublished()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Decided);
        Assert.True(CaseDriver.FireMinimal(legalCase, CaseTrigger.Publish, now).Result.Succeeded);

        var again = CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Publish), CaseDriver.Actor, now.AddHours(2), CaseDriver.Limits);

        Assert.Equal(CaseRefusal.AlreadyPublished, again.Refusal);
        Assert.Single(legalCase.Events, e => e.Trigger == CaseTrigger.Publish);
    }
}
