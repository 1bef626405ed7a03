using Yaojian.Core.Risks;
using static Yaojian.Core.Risks.RiskStage;
using static Yaojian.Core.Risks.RiskTrigger;

namespace Yaojian.Core.Tests.Risks;

/// <summary>
/// The five-step loop (五位一体, KZ-D-4.1): the machine has exactly the expected edges; each is allowed with what it
/// needs and refused without it; every other stage × trigger pair is refused as not permitted and changes nothing.
/// </summary>
public sealed class RiskLoopTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 20, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The loop written out by hand, so a change to the machine must be made here too.</summary>
    private static readonly RiskTransition[] Expected =
    [
        new(New, Raise, Screening),
        new(Screening, Analyse, Analysis),
        new(Screening, Dismiss, Closed),
        new(Analysis, SubmitForConsultation, Consultation),
        new(Analysis, Dismiss, Closed),
        new(Consultation, Decide, Control),
        new(Consultation, Dismiss, Closed),
        new(Control, StartFollowUp, FollowUp),
        new(FollowUp, Close, Closed),
        new(FollowUp, Reopen, Control),
    ];

    public static TheoryData<RiskStage, RiskTrigger, RiskStage> Allowed => [.. Expected.Select(t => (t.From, t.Trigger, t.To))];

    public static TheoryData<RiskStage, RiskTrigger> Refused =>
    [
        .. from stage in Enum.GetValues<RiskStage>()
           from trigger in Enum.GetValues<RiskTrigger>()
           where !Expected.Any(t => t.From == stage && t.Trigger == trigger)
           select (stage, trigger),
    ];

    [Fact]
    public void Transitions_AreExactlyTheExpectedLoop() =>
        Assert.Equal(Expected.OrderBy(t => t.From).ThenBy(t => t.Trigger), RiskTransitions.All.OrderBy(t => t.From).ThenBy(t => t.Trigger));

    [Fact]
    public void Closed_IsTheOnlyStageNoTriggerLeaves() =>
        Assert.Equal([Closed], Enum.GetValues<RiskStage>().Where(s => RiskTransitions.PermittedIn(s).Count == 0));

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Fire_AnAllowedStepWithWhatItNeeds_MovesTheRiskAndRecordsWhoWhenAndWhy(RiskStage from, RiskTrigger trigger, RiskStage to)
    {
        var loop = InStage(from);
        var before = loop.Events.Count;
        if (trigger == StartFollowUp)
        {
            loop = RiskLoop.Restore(from, [MeasureStatus.Done, MeasureStatus.Cancelled], loop.Events);
        }
        else if (trigger == Decide)
        {
            loop.AddMeasure();
        }

        var result = loop.Fire(trigger, "chief", Now, "  理由  ", 7);

        Assert.True(result.Succeeded, $"{result.Refusal}");
        Assert.Equal(to, loop.Stage);
        Assert.Equal(before + 1, loop.Events.Count);
        Assert.Equal(new RiskEvent(from, to, trigger, "chief", Now, "理由", 7), loop.Events[^1]);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Fire_AStepTheStageDoesNotAccept_IsRefusedAsNotPermittedAndChangesNothing(RiskStage stage, RiskTrigger trigger)
    {
        var loop = RiskLoop.Restore(stage, [MeasureStatus.Open, MeasureStatus.Done], []);

        var result = loop.Fire(trigger, "chief", Now, "理由", 7);

        Assert.Equal(RiskRefusal.NotPermitted, result.Refusal);
        Assert.Null(result.Event);
        Assert.Equal(stage, loop.Stage);
        Assert.Empty(loop.Events);
    }

    [Theory]
    [InlineData(Screening, Dismiss)]
    [InlineData(Analysis, Dismiss)]
    [InlineData(Consultation, Dismiss)]
    [InlineData(FollowUp, Close)]
    [InlineData(FollowUp, Reopen)]
    public void Fire_AStepThatMustSayWhy_WithoutAReason_IsRefused(RiskStage stage, RiskTrigger trigger)
    {
        var loop = RiskLoop.Restore(stage, [MeasureStatus.Done], []);

        Assert.Equal(RiskRefusal.ReasonRequired, loop.Fire(trigger, "chief", Now, "   ").Refusal);
        Assert.Equal(stage, loop.Stage);
    }

    [Fact]
    public void Decide_WithoutAMeeting_IsRefused_AndWithoutAMeasure_TooAndInThatOrder()
    {
        var loop = RiskLoop.Restore(Consultation, [], []);

        Assert.Equal(RiskRefusal.MeetingRequired, loop.Fire(Decide, "chief", Now, "会商结论").Refusal);
        Assert.Equal(RiskRefusal.MeasureRequired, loop.Fire(Decide, "chief", Now, "会商结论", 3).Refusal);
        loop.AddMeasure(MeasureStatus.Done);
        Assert.Equal(RiskRefusal.MeasureRequired, loop.Fire(Decide, "chief", Now, "会商结论", 3).Refusal);
        Assert.Equal(Consultation, loop.Stage);
    }

    [Theory]
    [InlineData(new MeasureStatus[0])]
    [InlineData(new[] { MeasureStatus.Open })]
    [InlineData(new[] { MeasureStatus.Done, MeasureStatus.Open })]
    [InlineData(new[] { MeasureStatus.Cancelled, MeasureStatus.Cancelled })]
    public void StartFollowUp_WhileAMeasureIsOpenOrNoneWasDone_IsRefused(MeasureStatus[] measures)
    {
        var loop = RiskLoop.Restore(Control, measures, []);

        Assert.Equal(RiskRefusal.MeasuresNotFinished, loop.Fire(StartFollowUp, "chief", Now).Refusal);
        Assert.Equal(Control, loop.Stage);
    }

    [Fact]
    public void Loop_RoundTheFiveStepsAndBackOnce_EndsClosedWithOneEventPerStep()
    {
        var loop = new RiskLoop();
        loop.Fire(Raise, "chief", Now);
        loop.Fire(Analyse, "chief", Now);
        loop.Fire(SubmitForConsultation, "chief", Now);
        loop.AddMeasure();
        loop.Fire(Decide, "chief", Now, "列入管控", 1);
        loop = RiskLoop.Restore(loop.Stage, [MeasureStatus.Done], loop.Events);
        loop.Fire(StartFollowUp, "chief", Now);
        loop.Fire(Reopen, "chief", Now, "效果不佳", 2);
        loop = RiskLoop.Restore(loop.Stage, [MeasureStatus.Done, MeasureStatus.Done], loop.Events);
        loop.Fire(StartFollowUp, "chief", Now);
        loop.Fire(Close, "chief", Now, "风险已消除", 3);

        Assert.Equal(Closed, loop.Stage);
        Assert.Equal([Raise, Analyse, SubmitForConsultation, Decide, StartFollowUp, Reopen, StartFollowUp, Close], loop.Events.Select(e => e.Trigger));
        for (var i = 1; i < loop.Events.Count; i++)
        {
            Assert.Equal(loop.Events[i - 1].To, loop.Events[i].From);
        }
    }

    [Fact]
    public void Fire_WithoutAnActor_Throws() =>
        Assert.Throws<ArgumentException>(() => new RiskLoop().Fire(Raise, " ", Now));

    /// <summary>A new loop taken along the expected edges to <paramref name="stage"/>.</summary>
    private static RiskLoop InStage(RiskStage stage)
    {
        var path = new Dictionary<RiskStage, RiskTrigger[]>
        {
            [New] = [],
            [Screening] = [Raise],
            [Analysis] = [Raise, Analyse],
            [Consultation] = [Raise, Analyse, SubmitForConsultation],
            [Control] = [Raise, Analyse, SubmitForConsultation, Decide],
            [FollowUp] = [Raise, Analyse, SubmitForConsultation, Decide, StartFollowUp],
            [Closed] = [Raise, Dismiss],
        }[stage];
        var loop = new RiskLoop();
        foreach (var trigger in path)
        {
            if (trigger == Decide)
            {
                loop.AddMeasure();
            }

            if (trigger == StartFollowUp)
            {
                loop = RiskLoop.Restore(loop.Stage, [MeasureStatus.Done], loop.Events);
            }

            Assert.True(loop.Fire(trigger, "chief", Now, "理由", 1).Succeeded);
        }

        return loop;
    }
}
