using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>Every edge of every kind's machine, checked both ways against the table written from the requirements.</summary>
public sealed class TransitionTableTests
{
    public static TheoryData<DispositionKind> Kinds => [.. Enum.GetValues<DispositionKind>()];

    public static TheoryData<DispositionKind, DispositionState, DispositionTrigger, DispositionState> Expected =>
        [.. ExpectedTransitions.All.Select(e => (e.Kind, e.Transition.From, e.Transition.Trigger, e.Transition.To))];

    public static TheoryData<DispositionKind, DispositionState, DispositionTrigger, DispositionState> Defined =>
        [.. Enum.GetValues<DispositionKind>().SelectMany(k => DispositionTransitions.Of(k).Select(t => (k, t.From, t.Trigger, t.To)))];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Of_EachKind_IsExactlyTheExpectedTable(DispositionKind kind) =>
        Assert.Equal(Describe(ExpectedTransitions.ByKind[kind]), Describe(DispositionTransitions.Of(kind)));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void StatesOf_EachKind_StartsAtNewAndListsTheExpectedStates(DispositionKind kind)
    {
        var states = DispositionTransitions.StatesOf(kind);

        Assert.Equal(DispositionState.New, states[0]);
        Assert.Equal(ExpectedTransitions.StatesOf(kind).Order(), states.Order());
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Fire_AnExpectedTransition_MovesThereAndRecordsOneEvent(
        DispositionKind kind, DispositionState from, DispositionTrigger trigger, DispositionState to)
    {
        var (disposition, now) = DispositionDriver.InState(kind, from);
        var before = disposition.Events.Count;

        var (result, at) = DispositionDriver.FireMinimal(disposition, trigger, now);

        Assert.True(result.Succeeded, $"refused: {result.Refusal}");
        Assert.Equal(to, disposition.State);
        Assert.Equal(before + 1, disposition.Events.Count);
        var recorded = disposition.Events[^1];
        Assert.Equal(
            new DispositionEvent(from, to, trigger, DispositionDriver.Actor, at, DispositionDriver.ReasonFor(trigger), recorded.Data),
            recorded);
        Assert.Same(recorded, result.Event);
        Assert.Equal(ExpectedTransitions.PermittedIn(kind, to).Order(), result.PermittedTriggers.Order());
    }

    [Theory]
    [MemberData(nameof(Defined))]
    public void Fire_AMachineDefinedTransition_IsExpectedAndWorks(
        DispositionKind kind, DispositionState from, DispositionTrigger trigger, DispositionState to)
    {
        Assert.Contains(new DispositionTransition(from, trigger, to), ExpectedTransitions.ByKind[kind]);
        var (disposition, now) = DispositionDriver.InState(kind, from);

        var (result, _) = DispositionDriver.FireMinimal(disposition, trigger, now);

        Assert.True(result.Succeeded, $"refused: {result.Refusal}");
        Assert.Equal(to, disposition.State);
    }

    private static string[] Describe(IEnumerable<DispositionTransition> transitions) =>
        [.. transitions.Select(t => $"{t.From} --{t.Trigger}--> {t.To}").Order(StringComparer.Ordinal)];
}
