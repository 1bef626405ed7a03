using FsCheck;
using FsCheck.Xunit;
using Yaojian.Core.Cases;
using static Yaojian.Core.Cases.ClueAction;
using static Yaojian.Core.Cases.ClueStatus;

namespace Yaojian.Core.Tests.Cases;

/// <summary>A clue's triage: what each standing allows, where each decision leaves it, and when it is overdue.</summary>
public sealed class ClueTriageTests
{
    [Theory]
    [InlineData(New, false, new[] { Verify, Extend, ClueAction.RegisterCase, HandleOtherwise, Drop })]
    [InlineData(New, true, new[] { Verify, Extend, ClueAction.RegisterCase, HandleOtherwise, Drop, Merge })]
    [InlineData(Verifying, false, new[] { Extend, ClueAction.RegisterCase, HandleOtherwise, Drop })]
    [InlineData(Verifying, true, new[] { Extend, ClueAction.RegisterCase, HandleOtherwise, Drop, Merge })]
    [InlineData(CaseRegistered, true, new ClueAction[0])]
    [InlineData(HandledOtherwise, false, new ClueAction[0])]
    [InlineData(Dropped, false, new ClueAction[0])]
    [InlineData(Merged, true, new ClueAction[0])]
    public void PermittedIn_EachStanding_AreTheExpectedActions(ClueStatus status, bool grouped, ClueAction[] expected) =>
        Assert.Equal(expected, ClueTriage.PermittedIn(status, grouped));

    [Theory]
    [InlineData(Verify, New, Verifying)]
    [InlineData(Extend, Verifying, Verifying)]
    [InlineData(ClueAction.RegisterCase, Verifying, CaseRegistered)]
    [InlineData(HandleOtherwise, New, HandledOtherwise)]
    [InlineData(Drop, New, Dropped)]
    [InlineData(Merge, Verifying, Merged)]
    public void After_EachAction_LeavesTheClueWhereItSays(ClueAction action, ClueStatus from, ClueStatus to) =>
        Assert.Equal(to, ClueTriage.After(action, from));

    [Fact]
    public void Decides_TheFourDecisions_AndNothingElse()
    {
        Assert.Equal([ClueAction.RegisterCase, HandleOtherwise, Drop, Merge], Enum.GetValues<ClueAction>().Where(ClueTriage.Decides));
        Assert.Equal([Extend, HandleOtherwise, Drop], Enum.GetValues<ClueAction>().Where(ClueTriage.NeedsReason));
        Assert.Equal([ClueAction.RegisterCase, Drop], Enum.GetValues<ClueAction>().Where(ClueTriage.NeedsApproval));
    }

    [Property(MaxTest = 300)]
    public void BreaksFilingTarget_AtATargetOfEveryResult_RefusesEveryClueEndingWithoutACase(PositiveInt results, NonNegativeInt lost, PositiveInt ending) =>
        Assert.True(ClueTriage.BreaksFilingTarget(1m, results.Get, Math.Min(lost.Get, results.Get - 1), Math.Min(ending.Get, results.Get)));

    [Property(MaxTest = 300)]
    public void BreaksFilingTarget_AllowsAnEndOnlyWhileTheTargetCanStillBeMet(PositiveInt results, NonNegativeInt lost, PositiveInt ending, byte percent)
    {
        var (total, gone, more) = (results.Get, Math.Min(lost.Get, results.Get - 1), Math.Min(ending.Get, results.Get - Math.Min(lost.Get, results.Get - 1)));
        var share = Math.Min(percent, (byte)100) / 100m;

        var breaks = ClueTriage.BreaksFilingTarget(share, total, gone, more);

        Assert.Equal((total - gone - more) / (decimal)total < share, breaks);
        Assert.False(ClueTriage.BreaksFilingTarget(null, total, gone, more));
        Assert.False(ClueTriage.BreaksFilingTarget(share, total, gone, 0));
    }

    [Theory]
    [InlineData(New, "2025-03-14", "2025-03-15", true)]
    [InlineData(Verifying, "2025-03-14", "2025-03-15", true)]
    [InlineData(New, "2025-03-15", "2025-03-15", false)]
    [InlineData(New, null, "2025-12-31", false)]
    [InlineData(CaseRegistered, "2025-03-01", "2025-03-15", false)]
    [InlineData(Dropped, "2025-03-01", "2025-03-15", false)]
    public void IsOverdue_OnlyAnOpenClueAfterItsDueDay(ClueStatus status, string? due, string today, bool expected) =>
        Assert.Equal(expected, ClueTriage.IsOverdue(status, due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
