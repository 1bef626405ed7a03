using FsCheck.Xunit;
using Yaojian.Core.Risks;

namespace Yaojian.Core.Tests.Risks;

/// <summary>Overdue measures and the responsibility list built from the measure list.</summary>
public sealed class MeasureRulesTests
{
    private static readonly DateOnly Today = new(2025, 6, 20);

    [Theory]
    [InlineData(MeasureStatus.Open, -1, true)]
    [InlineData(MeasureStatus.Open, 0, false)]
    [InlineData(MeasureStatus.Open, 1, false)]
    [InlineData(MeasureStatus.Done, -30, false)]
    [InlineData(MeasureStatus.Cancelled, -30, false)]
    public void IsOverdue_OnlyAnOpenMeasureWhoseDeadlinesDayIsOver(MeasureStatus status, int days, bool overdue)
    {
        Assert.Equal(overdue, MeasureRules.IsOverdue(status, Today.AddDays(days), Today));
        Assert.Equal(overdue ? -days : 0, MeasureRules.DaysOverdue(status, Today.AddDays(days), Today));
    }

    [Fact]
    public void Overdue_ListsTheLongestOverdueFirst()
    {
        MeasureFacts[] measures =
        [
            new(1, 1, MeasureStatus.Open, Today.AddDays(-2)), new(2, 1, MeasureStatus.Open, Today.AddDays(-9)),
            new(3, 2, MeasureStatus.Done, Today.AddDays(-20)), new(4, 2, MeasureStatus.Open, Today),
        ];

        Assert.Equal([2, 1], MeasureRules.Overdue(measures, Today).Select(m => m.Id));
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 300)]
    public void Responsibilities_EveryMeasureIsOnExactlyOneLine_OfItsOwnerByTheLinesDeadline(MeasureListRow[] measures)
    {
        var rows = MeetingPapers.ResponsibilitiesOf(measures);

        Assert.Equal(measures.Select(m => m.MeasureId).Order(), rows.SelectMany(r => r.Items).Select(i => i.MeasureId).Order());
        Assert.Equal(measures.Select(m => (m.OwnerUnit, m.OwnerPerson)).Distinct().Count(), rows.Count);
        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.Seq));
        foreach (var row in rows)
        {
            var own = measures.Where(m => m.OwnerUnit == row.OwnerUnit && m.OwnerPerson == row.OwnerPerson).ToList();
            Assert.Equal(own.Select(m => m.MeasureId).Order(), row.Items.Select(i => i.MeasureId).Order());
            Assert.Equal(own.Max(m => m.Deadline), row.Deadline);
            Assert.Equal(own.Count(m => m.Status == MeasureStatus.Open), row.Open);
            Assert.Equal(own.Count(m => m.Overdue), row.Overdue);
        }
    }
}
