using Yaojian.Core.Cases;

namespace Yaojian.Core.Tests.Cases;

/// <summary>Every edge of the case machine, checked both ways against the table written from the requirements.</summary>
public sealed class CaseTransitionTableTests
{
    public static TheoryData<CaseState, CaseTrigger, CaseState> Expected =>
        [.. ExpectedCaseTransitions.All.Select(t => (t.From, t.Trigger, t.To))];

    public static TheoryData<CaseState, CaseTrigger, CaseState> Defined =>
        [.. new CaseMachine(CaseDriver.Create()).Defined().Select(t => (t.From, t.Trigger, t.To))];

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
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Fire_AnExpectedTransition_MovesThereAndRecordsOneEventWithWhoWhenAndWhy(CaseState from, CaseTrigger trigger, CaseState to)
    {
        var (legalCase, now) = CaseDriver.InState(from);
        var before = legalCase.Events.Count;

        var (result, at) = CaseDriver.FireMinimal(legalCase, trigger, now);

        Assert.True(result.Succeeded, $"refused: {result.Refusal}");
        Assert.Equal(to, legalCase.State);
        Assert.Equal(before + 1, legalCase.Events.Count);
        var recorded = legalCase.Events[^1];
        Assert.Same(recorded, result.Event);
        Assert.Equal((from, to, trigger, CaseDriver.Actor, at.ToUniversalTime(), CaseDriver.ReasonFor(trigger)),
            (recorded.From, recorded.To, recorded.Trigger, recorded.Actor, recorded.At, recorded.Reason));
        Assert.Equal(ExpectedCaseTransitions.PermittedIn(to).Order(), result.PermittedTriggers.Order());
    }

    [Theory]
    [MemberData(nameof(Defined))]
    public void Fire_AMachineDefinedTransition_IsExpectedAndWorks(CaseState from, CaseTrigger trigger, CaseState to)
    {
        Assert.Contains(new CaseTransition(from, trigger, to), ExpectedCaseTransitions.All);
        var (legalCase, now) = CaseDriver.InState(from);

        var (result, _) = CaseDriver.FireMinimal(legalCase, trigger, now);

        Assert.True(result.Succeeded, $"refused: {result.Refusal}");
        Assert.Equal(to, legalCase.State);
    }

    private static string[] Describe(IEnumerable<CaseTransition> transitions) =>
        [.. transitions.Select(t => $"{t.From} --{t.Trigger}--> {t.To}").Order(StringComparer.Ordinal)];
}
