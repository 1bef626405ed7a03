using Yaojian.Core.Inspections.Dispositions;
using static Yaojian.Core.Inspections.Dispositions.DispositionKind;
using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>Reasons where the requirements want a why, and the data a trigger cannot do without.</summary>
public sealed class TriggerRequirementTests
{
    public static TheoryData<DispositionKind, DispositionState, DispositionTrigger, string?> WithoutReason =>
    [
        .. from e in ExpectedTransitions.All
           where ExpectedTransitions.NeedReason.Contains(e.Transition.Trigger)
           from blank in new[] { null, "", "  \t" }
           select (e.Kind, e.Transition.From, e.Transition.Trigger, blank),
    ];

    public static TheoryData<DispositionKind> KindsWithDeadline => [.. ExpectedTransitions.IssuedWithDeadline];

    public static TheoryData<DispositionKind> KindsWithoutDeadline => [.. Enum.GetValues<DispositionKind>().Except(ExpectedTransitions.IssuedWithDeadline)];

    [Fact]
    public void TriggerRequirements_AgreeWithTheExpectedLists()
    {
        var triggers = Enum.GetValues<DispositionTrigger>();

        Assert.Equal(ExpectedTransitions.NeedReason.Order(), triggers.Where(TriggerRequirements.NeedsReason));
        Assert.Equal(ExpectedTransitions.NeedNewDeadline.Order(), triggers.Where(TriggerRequirements.NeedsNewDeadline));
        Assert.Equal([ReceiveResult], triggers.Where(TriggerRequirements.NeedsResult));
        Assert.Equal(ExpectedTransitions.IssuedWithDeadline.Order(), Enum.GetValues<DispositionKind>().Where(TriggerRequirements.RunsAgainstDeadline));
    }

    [Theory]
    [MemberData(nameof(WithoutReason))]
    public void Fire_WithoutAReasonWhereOneIsRequired_IsRefusedAndChangesNothing(
        DispositionKind kind, DispositionState from, DispositionTrigger trigger, string? blank)
    {
        var (disposition, now) = DispositionDriver.InState(kind, from);
        var events = disposition.Events.Count;
        now = now.AddHours(1);

        var result = disposition.Fire(trigger, DispositionDriver.Actor, now, blank, DispositionDriver.MinimalData(disposition, trigger, now));

        Assert.Equal(DispositionRefusal.ReasonRequired, result.Refusal);
        Assert.Equal(from, disposition.State);
        Assert.Equal(events, disposition.Events.Count);
    }

    [Fact]
    public void Fire_WithAReason_KeepsItTrimmed()
    {
        var (order, now) = DispositionDriver.InState(RectificationOrder, Overdue);

        order.Fire(Escalate, "chief-li", now.AddHours(1), "  still selling without a ledger \n");

        Assert.Equal("still selling without a ledger", order.Events[^1].Reason);
    }

    [Theory]
    [MemberData(nameof(KindsWithDeadline))]
    public void Issue_AKindThatRunsAgainstADate_WithoutOne_IsRefused(DispositionKind kind)
    {
        var disposition = DispositionDriver.Create(kind);

        var result = disposition.Fire(Issue, DispositionDriver.Actor, DispositionDriver.Start, "检查发现问题");

        Assert.Equal(DispositionRefusal.DeadlineRequired, result.Refusal);
        Assert.Equal(New, disposition.State);
        Assert.Empty(disposition.Events);
    }

    [Theory]
    [MemberData(nameof(KindsWithDeadline))]
    public void Issue_WithADeadlineBeforeToday_IsRefusedAndTodayIsAccepted(DispositionKind kind)
    {
        var today = DispositionDriver.Today(DispositionDriver.Start);
        var disposition = DispositionDriver.Create(kind);

        var past = disposition.Fire(Issue, DispositionDriver.Actor, DispositionDriver.Start, "检查发现问题", new(today.AddDays(-1)));
        var same = disposition.Fire(Issue, DispositionDriver.Actor, DispositionDriver.Start, "检查发现问题", new(today));

        Assert.Equal(DispositionRefusal.DeadlineInPast, past.Refusal);
        Assert.True(same.Succeeded);
        Assert.Equal(today, disposition.Deadline);
    }

    [Theory]
    [MemberData(nameof(KindsWithoutDeadline))]
    public void Issue_AKindWithoutADate_NeedsNone(DispositionKind kind)
    {
        var disposition = DispositionDriver.Create(kind);

        Assert.True(disposition.Fire(Issue, DispositionDriver.Actor, DispositionDriver.Start, "检查发现问题").Succeeded);
        Assert.Null(disposition.Deadline);
    }

    [Fact]
    public void ExtendDeadline_ToTheSameDayOrEarlier_IsRefusedAndLaterMovesTheDeadline()
    {
        var (order, now) = DispositionDriver.InState(RectificationOrder, Rectifying);
        var deadline = order.Deadline!.Value;

        var same = order.Fire(ExtendDeadline, "chief-li", now, "renovation", new(deadline));
        var missing = order.Fire(ExtendDeadline, "chief-li", now, "renovation");
        var later = order.Fire(ExtendDeadline, "chief-li", now, "renovation", new(deadline.AddDays(10)));

        Assert.Equal(DispositionRefusal.DeadlineNotExtended, same.Refusal);
        Assert.Equal(DispositionRefusal.DeadlineRequired, missing.Refusal);
        Assert.True(later.Succeeded);
        Assert.Equal(deadline.AddDays(10), order.Deadline);
        Assert.Equal(new DispositionEvent(Rectifying, Rectifying, ExtendDeadline, "chief-li", now, "renovation", new(deadline.AddDays(10))), later.Event);
    }

    [Fact]
    public void Fire_MissingSeveralThings_ReportsTheReasonFirst()
    {
        var (order, now) = DispositionDriver.InState(RectificationOrder, Rectifying);

        Assert.Equal(DispositionRefusal.ReasonRequired, order.Fire(ExtendDeadline, "chief-li", now).Refusal);
    }

    [Fact]
    public void RecheckFailed_SendsTheOrderBackWithTheNewDeadline()
    {
        var (order, now) = DispositionDriver.InState(RectificationOrder, ReplyReceived);
        var newDeadline = DispositionDriver.Today(now).AddDays(20);

        var missing = order.Fire(RecheckFailed, "inspector-wang", now, "ledger still incomplete");
        var failed = order.Fire(RecheckFailed, "inspector-wang", now, "ledger still incomplete", new(newDeadline));

        Assert.Equal(DispositionRefusal.DeadlineRequired, missing.Refusal);
        Assert.True(failed.Succeeded);
        Assert.Equal(Rectifying, order.State);
        Assert.Equal(newDeadline, order.Deadline);
    }

    [Fact]
    public void Reschedule_MovesTheInterviewDate()
    {
        var (interview, now) = DispositionDriver.InState(ResponsibilityInterview, Scheduled);
        var day = DispositionDriver.Today(now).AddDays(3);

        Assert.True(interview.Fire(Reschedule, "chief-li", now, "legal representative abroad", new(day)).Succeeded);
        Assert.Equal(day, interview.Deadline);
    }

    [Fact]
    public void Remind_SetsTheNextFollowUpDate()
    {
        var (referral, now) = DispositionDriver.InState(Referral, Overdue);
        var followUp = DispositionDriver.Today(now).AddDays(15);

        var yesterday = referral.Fire(Remind, "inspector-wang", now, data: new(DispositionDriver.Today(now).AddDays(-1)));
        var reminded = referral.Fire(Remind, "inspector-wang", now, data: new(followUp));

        Assert.Equal(DispositionRefusal.DeadlineInPast, yesterday.Refusal);
        Assert.True(reminded.Succeeded);
        Assert.Equal(followUp, referral.Deadline);
    }

    [Theory]
    [InlineData(Referral, Acknowledged)]
    [InlineData(CaseFiling, HandedOver)]
    public void ReceiveResult_WithoutTheResult_IsRefused(DispositionKind kind, DispositionState from)
    {
        var (disposition, now) = DispositionDriver.InState(kind, from);

        Assert.Equal(DispositionRefusal.ResultRequired, disposition.Fire(ReceiveResult, "inspector-wang", now, data: new(ResultText: " ")).Refusal);
        Assert.True(disposition.Fire(ReceiveResult, "inspector-wang", now, data: new(ResultText: "立案侦查")).Succeeded);
        Assert.Equal("立案侦查", disposition.Events[^1].Data?.ResultText);
    }

    [Theory]
    [InlineData(RectificationOrder, Rectifying)]
    [InlineData(Delisting, Ordered)]
    [InlineData(Referral, Referred)]
    public void DeadlinePassed_OnTheDeadlineItself_IsRefusedAndTheDayAfterMarksItOverdue(DispositionKind kind, DispositionState from)
    {
        var (disposition, _) = DispositionDriver.InState(kind, from);
        var lastDay = new DateTimeOffset(disposition.Deadline!.Value, new TimeOnly(23, 59), DispositionDriver.Start.Offset);

        var early = disposition.Fire(DeadlinePassed, "system", lastDay);
        var due = disposition.Fire(DeadlinePassed, "system", lastDay.AddMinutes(1));

        Assert.Equal(DispositionRefusal.DeadlineNotPassed, early.Refusal);
        Assert.True(due.Succeeded);
        Assert.Equal(Overdue, disposition.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Fire_WithoutAnActor_Throws(string? actor) =>
        Assert.ThrowsAny<ArgumentException>(() => DispositionDriver.Create(Warning).Fire(Issue, actor!, DispositionDriver.Start));

    [Theory]
    [InlineData(Referral, null)]
    [InlineData(Warning, ReferralReceiver.Police)]
    public void Create_AReceiverOnAnythingButAReferral_OrAReferralWithoutOne_Throws(DispositionKind kind, ReferralReceiver? receiver) =>
        Assert.Throws<ArgumentException>(() => new Disposition(kind, 42, receiver: receiver));
}
