using Yaojian.Core.Cases;

namespace Yaojian.Core.Tests.Cases;

/// <summary>
/// Every state × trigger pair missing from the expected table is refused and changes nothing; so is every edge whose
/// condition does not hold, with its own reason.
/// </summary>
public sealed class CaseRefusedTransitionTests
{
    public static TheoryData<CaseState, CaseTrigger> Refused =>
    [
        .. from state in ExpectedCaseTransitions.States
           from trigger in Enum.GetValues<CaseTrigger>()
           where !ExpectedCaseTransitions.PermittedIn(state).Contains(trigger)
           select (state, trigger),
    ];

    public static TheoryData<CaseState, CaseTrigger, CaseCondition> Conditional =>
        [.. ExpectedCaseTransitions.All.Where(t => t.When != CaseCondition.Always).Select(t => (t.From, t.Trigger, t.When))];

    public static TheoryData<CaseState> States => [.. ExpectedCaseTransitions.States];

    [Theory]
    [MemberData(nameof(Refused))]
    public void Fire_ATriggerTheStateDoesNotAccept_IsRefusedAsNotPermittedAndChangesNothing(CaseState state, CaseTrigger trigger)
    {
        var (legalCase, now) = CaseDriver.InState(state);

        AssertRefused(legalCase, now, trigger, CaseRefusal.NotPermitted);
    }

    [Theory]
    [MemberData(nameof(Conditional))]
    public void Fire_AnEdgeWhoseConditionDoesNotHold_IsRefusedWithItsReasonAndChangesNothing(CaseState state, CaseTrigger trigger, CaseCondition when)
    {
        var (legalCase, now) = Unmet(state, when);

        AssertRefused(legalCase, now, trigger, when == CaseCondition.NotAwaitingPolice ? CaseRefusal.AwaitingPolice : CaseRefusal.NotPermitted);
    }

    [Fact]
    public void PoliceAccept_AfterADecision_OnceAccepted_IsRefused()
    {
        var (legalCase, now) = CaseDriver.InState(CaseState.Decided, CaseCondition.AwaitingPoliceAcceptance);
        (_, now) = CaseDriver.FireMinimal(legalCase, CaseTrigger.PoliceAccept, now);

        AssertRefused(legalCase, now, CaseTrigger.PoliceAccept, CaseRefusal.NotPermitted);
        Assert.Contains(CaseTrigger.PoliceFile, CaseWorkflow.PermittedTriggers(legalCase));
    }

    [Theory]
    [MemberData(nameof(States))]
    public void PermittedTriggers_InEachState_AreTheExpectedOnes(CaseState state)
    {
        var (legalCase, _) = CaseDriver.InState(state);

        Assert.Equal(CaseDriver.Expected(legalCase).Order(), CaseWorkflow.PermittedTriggers(legalCase).Order());
        Assert.Equal(ExpectedCaseTransitions.PermittedIn(state).Distinct().Order(), CaseTransitions.PermittedIn(state).Order());
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

    /// <summary>A case in <paramref name="state"/> where <paramref name="when"/> does not hold.</summary>
    private static (Case Case, DateTimeOffset Now) Unmet(CaseState state, CaseCondition when) => when switch
    {
        CaseCondition.AwaitingPolice or CaseCondition.AwaitingPoliceAcceptance => CaseDriver.InState(state),
        CaseCondition.NotAwaitingPolice => CaseDriver.InState(state, CaseCondition.AwaitingPolice),
        CaseCondition.DecisionMade => CaseDriver.ClosedByThePolice(),
        CaseCondition.Always => throw new ArgumentOutOfRangeException(nameof(when)),
    };

    private static void AssertRefused(Case legalCase, DateTimeOffset now, CaseTrigger trigger, CaseRefusal expected)
    {
        var (state, events) = (legalCase.State, legalCase.Events.ToList());
        var (due, police, penalties, persons) = (legalCase.DecisionDueOn, legalCase.PoliceAnswerDueOn, legalCase.Penalties.Count, legalCase.Persons.Count);

        var result = CaseWorkflow.Fire(legalCase, CaseDriver.Everything(trigger, legalCase), CaseDriver.Actor, now.AddHours(1), CaseDriver.Limits);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Refusal);
        Assert.Null(result.Event);
        Assert.Equal(CaseDriver.Expected(legalCase).Order(), result.PermittedTriggers.Order());
        Assert.Equal(state, legalCase.State);
        Assert.Equal(events, legalCase.Events);
        Assert.Equal((due, police, penalties, persons), (legalCase.DecisionDueOn, legalCase.PoliceAnswerDueOn, legalCase.Penalties.Count, legalCase.Persons.Count));
    }
}
