using Yaojian.Core.Cases;

namespace Yaojian.Core.Tests.Cases;

/// <summary>Every edge of the case machine with its condition, checked both ways against the table written from the requirements.</summary>
public sealed class CaseTransitionTableTests
{
    public static TheoryData<CaseState, CaseTrigger, CaseState, CaseCondition> Expected =>
        [.. ExpectedCaseTransitions.All.Select(t => (t.From, t.Trigger, t.To, t.When))];

    public static TheoryData<CaseState, CaseTrigger, CaseState, CaseCondition> Defined =>
        [.. new CaseMachine(CaseDriver.Create()).Defined().Select(t => (t.From, t.Trigger, t.To, t.When))];

    [Fact]
    public void Edges_AreExactlyTheExpectedTable_AndStatelessHoldsTheSame()
    {
        Assert.Equal(Describe(ExpectedCaseTransitions.All), Describe(CaseTransitions.All));
        Assert.Equal(Describe(ExpectedCaseTransitions.All), Describe(new CaseMachine(CaseDriver.Create()).Defined()));
    }

    [Fact]
    public void States_StartAtNew_AndTheClosesAreTheExpectedOnes()
    {
        Assert.Equal(CaseState.New, CaseTransitions.States[0]);
        Assert.Equal(ExpectedCaseTransitions.States.Order(), CaseTransitions.States.Order());
        Assert.Equal(Enum.GetValues<CaseState>().Order(), CaseTransitions.States.Order());
        Assert.Equal(ExpectedCaseTransitions.Closes.Order(), CaseTransitions.States.Where(CaseTransitions.IsClosed).Order());
        Assert.Equal(Enum.GetValues<CaseTrigger>().Order(), CaseTransitions.All.Select(t => t.Trigger).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Fire_AnExpectedTransition_MovesThereAndRecordsOneEventWithWhoWhenTheDayAndWhy(CaseState from, CaseTrigger trigger, CaseState to, CaseCondition when)
    {
        var (legalCase, now) = CaseDriver.InState(from, when);
        var before = legalCase.Events.Count;

        var (result, at) = CaseDriver.FireMinimal(legalCase, trigger, now);

        Assert.True(result.Succeeded, $"refused: {result.Refusal}");
        Assert.Equal(to, legalCase.State);
        Assert.Equal(before + 1, legalCase.Events.Count);
        var recorded = legalCase.Events[^1];
        Assert.Same(recorded, result.Event);
        Assert.Equal((from, to, trigger, CaseDriver.Actor, at.ToUniversalTime(), (DateOnly?)DateOnly.FromDateTime(at.DateTime), CaseDriver.ReasonFor(trigger)),
            (recorded.From, recorded.To, recorded.Trigger, recorded.Actor, recorded.At, recorded.On, recorded.Reason));
        Assert.Equal(CaseDriver.Expected(legalCase).Order(), result.PermittedTriggers.Order());
    }

    [Theory]
    [MemberData(nameof(Defined))]
    public void Fire_AMachineDefinedTransition_IsExpectedAndWorks(CaseState from, CaseTrigger trigger, CaseState to, CaseCondition when)
    {
        Assert.Contains(new CaseTransition(from, trigger, to, when), ExpectedCaseTransitions.All);
        var (legalCase, now) = CaseDriver.InState(from, when);

        var (result, _) = CaseDriver.FireMinimal(legalCase, trigger, now);

        Assert.True(result.Succeeded, $"refused: {result.Refusal}");
        Assert.Equal(to, legalCase.State);
    }

    private static string[] Describe(IEnumerable<CaseTransition> transitions) =>
        [.. transitions.Select(t => $"{t.From} --{t.Trigger}--> {t.To} when {t.When}").Order(StringComparer.Ordinal)];
}
