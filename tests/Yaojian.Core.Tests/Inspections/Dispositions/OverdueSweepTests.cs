using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Yaojian.Core.Inspections.Dispositions;
using static Yaojian.Core.Inspections.Dispositions.DispositionKind;
using static Yaojian.Core.Inspections.Dispositions.DispositionState;
using static Yaojian.Core.Inspections.Dispositions.DispositionTrigger;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>The sweep picks exactly the dispositions whose DeadlinePassed would now be accepted, and is idempotent.</summary>
public sealed class OverdueSweepTests
{
    [Fact]
    public void Due_PicksThoseWaitingPastTheirDeadlineOnly()
    {
        var today = new DateOnly(2025, 6, 1);
        var late = OverdueTests.Issued(RectificationOrder, new DateOnly(2025, 5, 31));
        var lastDay = OverdueTests.Issued(RectificationOrder, today);
        var lateReferral = OverdueTests.Issued(Referral, new DateOnly(2025, 5, 1));
        var acknowledged = OverdueTests.Issued(Referral, new DateOnly(2025, 5, 1));
        Assert.True(acknowledged.Fire(Acknowledge, "inspector-wang", OverdueTests.At(new DateOnly(2025, 4, 1))).Succeeded);
        var alreadyMarked = OverdueTests.Issued(Delisting, new DateOnly(2025, 5, 1));
        Assert.True(alreadyMarked.Fire(DeadlinePassed, "system", OverdueTests.At(new DateOnly(2025, 5, 2))).Succeeded);
        var interview = OverdueTests.Issued(ResponsibilityInterview, new DateOnly(2025, 5, 1));

        Assert.Equal([late, lateReferral], OverdueSweep.Due([late, lastDay, lateReferral, acknowledged, alreadyMarked, interview], today));
    }

    [Fact]
    public void Due_AfterTheJobFiredDeadlinePassed_IsEmptyAndTheyStayOverdue()
    {
        var today = new DateOnly(2025, 6, 1);
        Disposition[] all = [OverdueTests.Issued(RectificationOrder, new DateOnly(2025, 5, 1)), OverdueTests.Issued(Delisting, new DateOnly(2025, 5, 2))];

        foreach (var disposition in OverdueSweep.Due(all, today))
            Assert.True(disposition.Fire(DeadlinePassed, "system", OverdueTests.At(today)).Succeeded);

        Assert.Empty(OverdueSweep.Due(all, today));
        Assert.Equal(all, DispositionRules.Overdue(all, today));
        Assert.All(all, d => Assert.Equal(Overdue, d.State));
    }

    [Property(Arbitrary = [typeof(DispositionArbitraries)], MaxTest = 200)]
    public void Due_IsExactlyWhereTheMachineAcceptsDeadlinePassed(TriggerScript script, PositiveInt daysLater)
    {
        var disposition = script.Play().Disposition;
        var today = DispositionDriver.Today(script.End).AddDays(daysLater.Get % 60);
        var due = OverdueSweep.Due([disposition], today).Count == 1;
        var overdueBefore = disposition.IsOverdue(today);

        var fired = disposition.Fire(DeadlinePassed, "system", OverdueTests.At(today)).Succeeded;

        Assert.Equal(due, fired);
        Assert.True(!due || overdueBefore);
        Assert.Equal(overdueBefore, disposition.IsOverdue(today));
    }
}
