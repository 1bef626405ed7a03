using Yaojian.Core.Inspections.Dispositions;
using static Yaojian.Core.Inspections.Dispositions.DispositionKind;
using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>Overdue means the deadline's day is over while the disposition still waits on it, or it was marked overdue.</summary>
public sealed class OverdueTests
{
    public static TheoryData<DispositionKind, DispositionState> AllStates =>
        [.. Enum.GetValues<DispositionKind>().SelectMany(k => ExpectedTransitions.StatesOf(k).Select(s => (k, s)))];

    [Theory]
    [InlineData(RectificationOrder, Rectifying)]
    [InlineData(Delisting, Ordered)]
    [InlineData(Referral, Referred)]
    [InlineData(Referral, Reminded)]
    public void IsOverdue_WaitingOnTheDeadline_FromTheDayAfterIt(DispositionKind kind, DispositionState state)
    {
        var (disposition, _) = DispositionDriver.InState(kind, state);
        var deadline = disposition.Deadline!.Value;

        Assert.False(disposition.IsOverdue(deadline));
        Assert.True(disposition.IsOverdue(deadline.AddDays(1)));
    }

    [Theory]
    [MemberData(nameof(AllStates))]
    public void IsOverdue_LongAfterTheDeadline_OnlyInStatesThatWaitOnItOrAreOverdue(DispositionKind kind, DispositionState state)
    {
        var (disposition, _) = DispositionDriver.InState(kind, state);
        var waits = ExpectedTransitions.PermittedIn(kind, state).Contains(DeadlinePassed);

        Assert.Equal(state == Overdue || (waits && disposition.Deadline is not null), disposition.IsOverdue(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void IsOverdue_AReplyInTime_StopsTheClock()
    {
        var (order, _) = DispositionDriver.InState(RectificationOrder, ReplyReceived);

        Assert.False(order.IsOverdue(order.Deadline!.Value.AddDays(100)));
    }

    [Fact]
    public void Overdue_ListsTheOverdueOnesLongestOverdueFirst()
    {
        var today = new DateOnly(2025, 6, 1);
        var marked = Issued(RectificationOrder, new DateOnly(2025, 4, 10));
        Assert.True(marked.Fire(DeadlinePassed, "system", At(new DateOnly(2025, 4, 11))).Succeeded);
        var unmarked = Issued(Delisting, new DateOnly(2025, 3, 20));
        var dueToday = Issued(RectificationOrder, today);
        var replied = Issued(RectificationOrder, new DateOnly(2025, 3, 15));
        Assert.True(replied.Fire(ReceiveReply, "inspector-wang", At(new DateOnly(2025, 3, 14))).Succeeded);
        var warning = Issued(Warning, null);

        Assert.Equal([unmarked, marked], DispositionRules.Overdue([marked, unmarked, dueToday, replied, warning], today));
    }

    internal static Disposition Issued(DispositionKind kind, DateOnly? deadline)
    {
        var disposition = DispositionDriver.Create(kind);
        var result = disposition.Fire(Issue, "inspector-wang", At(new DateOnly(2025, 3, 1)), "检查发现问题", new(deadline));
        Assert.True(result.Succeeded, $"{result.Refusal}");
        return disposition;
    }

    internal static DateTimeOffset At(DateOnly day) => new(day, new TimeOnly(10, 0), DispositionDriver.Start.Offset);
}
