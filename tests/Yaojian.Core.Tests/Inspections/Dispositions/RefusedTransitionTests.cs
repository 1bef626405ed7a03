using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>Every state × trigger pair missing from the expected table is refused and changes nothing.</summary>
public sealed class RefusedTransitionTests
{
    public static TheoryData<DispositionKind, DispositionState, DispositionTrigger> Refused =>
    [
        .. from kind in Enum.GetValues<DispositionKind>()
           from state in ExpectedTransitions.StatesOf(kind)
           from trigger in Enum.GetValues<DispositionTrigger>()
           where !ExpectedTransitions.PermittedIn(kind, state).Contains(trigger)
           select (kind, state, trigger),
    ];

    public static TheoryData<DispositionKind, DispositionState> States =>
        [.. Enum.GetValues<DispositionKind>().SelectMany(k => ExpectedTransitions.StatesOf(k).Select(s => (k, s)))];

    [Theory]
    [MemberData(nameof(Refused))]
    public void Fire_ATriggerTheStateDoesNotAccept_IsRefusedAsNotPermittedAndChangesNothing(
        DispositionKind kind, DispositionState state, DispositionTrigger trigger)
    {
        var (disposition, now) = DispositionDriver.InState(kind, state);
        var deadline = disposition.Deadline;
        var events = disposition.Events.ToList();

        var result = DispositionDriver.FireWithEverything(disposition, trigger, now);

        Assert.False(result.Succeeded);
        Assert.Equal(DispositionRefusal.NotPermitted, result.Refusal);
        Assert.Null(result.Event);
        Assert.Equal(ExpectedTransitions.PermittedIn(kind, state).Order(), result.PermittedTriggers.Order());
        Assert.Equal(state, disposition.State);
        Assert.Equal(deadline, disposition.Deadline);
        Assert.Equal(events, disposition.Events);
    }

    [Theory]
    [MemberData(nameof(States))]
    public void Fire_ANumberThatNamesNoTrigger_IsRefusedAsNotPermittedInEveryState(DispositionKind kind, DispositionState state)
    {
        var (disposition, now) = DispositionDriver.InState(kind, state);
        var events = disposition.Events.ToList();

        foreach (var undefined in new[] { (DispositionTrigger)0, (DispositionTrigger)(-1), (DispositionTrigger)999 })
        {
            var result = DispositionDriver.FireWithEverything(disposition, undefined, now);

            Assert.Equal(DispositionRefusal.NotPermitted, result.Refusal);
        }

        Assert.Equal(state, disposition.State);
        Assert.Equal(events, disposition.Events);
    }

    [Theory]
    [MemberData(nameof(States))]
    public void PermittedTriggers_InEachState_AreTheExpectedOnes(DispositionKind kind, DispositionState state)
    {
        var (disposition, _) = DispositionDriver.InState(kind, state);

        Assert.Equal(ExpectedTransitions.PermittedIn(kind, state).Order(), disposition.PermittedTriggers.Order());
    }
}
