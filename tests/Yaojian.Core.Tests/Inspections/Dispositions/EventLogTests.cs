using FsCheck.Xunit;
using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>Whatever is fired in whatever order, the event log tells the disposition's whole story and nothing else.</summary>
public sealed class EventLogTests
{
    [Property(Arbitrary = [typeof(DispositionArbitraries)], MaxTest = 500)]
    public void Fire_AnyScript_KeepsTheEventLogAChainEndingInTheState(TriggerScript script)
    {
        var (disposition, _) = script.Play();
        var events = disposition.Events;

        Assert.Equal(DispositionState.New, events.Count == 0 ? DispositionState.New : events[0].From);
        for (var i = 1; i < events.Count; i++)
            Assert.Equal(events[i - 1].To, events[i].From);
        Assert.Equal(events.Count == 0 ? DispositionState.New : events[^1].To, disposition.State);
        Assert.All(events, e => Assert.Contains(new DispositionTransition(e.From, e.Trigger, e.To), ExpectedTransitions.ByKind[script.Kind]));
    }

    [Property(Arbitrary = [typeof(DispositionArbitraries)], MaxTest = 500)]
    public void Fire_AnyScript_AddsOneEventPerSuccessAndLeavesEverythingAsItWasOnRefusal(TriggerScript script)
    {
        var (disposition, fires) = script.Play();

        Assert.Equal(fires.Count(f => f.Result.Succeeded), disposition.Events.Count);
        foreach (var fire in fires)
        {
            if (fire.Result.Succeeded)
            {
                Assert.Equal(fire.Before.EventCount + 1, fire.After.EventCount);
                Assert.Same(disposition.Events[fire.Before.EventCount], fire.Result.Event);
                Assert.Equal((fire.Before.State, fire.Trigger, fire.After.State), (fire.Result.Event!.From, fire.Result.Event.Trigger, fire.Result.Event.To));
            }
            else
            {
                Assert.Null(fire.Result.Event);
                Assert.Equal(fire.Before, fire.After);
            }
        }
    }

    [Property(Arbitrary = [typeof(DispositionArbitraries)], MaxTest = 300)]
    public void Fire_AnyScript_RefusesAsNotPermittedExactlyWhenTheStateDoesNotAcceptTheTrigger(TriggerScript script)
    {
        foreach (var fire in script.Play().Fires.Where(f => !f.Result.Succeeded))
        {
            var permitted = ExpectedTransitions.PermittedIn(script.Kind, fire.Before.State).ToList();
            Assert.Equal(!permitted.Contains(fire.Trigger), fire.Result.Refusal == DispositionRefusal.NotPermitted);
            Assert.Equal(permitted.Order(), fire.Result.PermittedTriggers.Order());
        }
    }

    [Property(Arbitrary = [typeof(DispositionArbitraries)], MaxTest = 300)]
    public void Fire_AnyScript_ChangesTheDeadlineOnlyByATriggerThatSetsOne(TriggerScript script)
    {
        foreach (var fire in script.Play().Fires.Where(f => f.Before.Deadline != f.After.Deadline))
        {
            Assert.True(fire.Trigger == DispositionTrigger.Issue || ExpectedTransitions.NeedNewDeadline.Contains(fire.Trigger), $"{fire.Trigger} moved the deadline");
            Assert.Equal(fire.Result.Event!.Data!.NewDeadline, fire.After.Deadline);
        }
    }
}
