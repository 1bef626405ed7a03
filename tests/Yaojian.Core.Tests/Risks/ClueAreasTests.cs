using FsCheck.Xunit;
using Yaojian.Core.Registry;
using Yaojian.Core.Risks;

namespace Yaojian.Core.Tests.Risks;

/// <summary>
/// A clue's area (which meetings weigh it) from the plan file's signals: the sample's category first, then the entity's
/// kind, and every meeting when neither tells — so no clue is ever left off every agenda.
/// </summary>
public sealed class ClueAreasTests
{
    private static readonly RiskConsultationPlan Kazuo = RiskArbitraries.Kazuo;

    [Theory]
    [InlineData(EntityKind.DeviceOperator, null, new[] { RiskArea.Device })]
    [InlineData(EntityKind.RetailPharmacy, null, new[] { RiskArea.Drug })]
    [InlineData(EntityKind.Hospital, null, new[] { RiskArea.Drug, RiskArea.Device })]
    [InlineData(EntityKind.Hospital, "drug-sampling", new[] { RiskArea.Drug })]
    [InlineData(EntityKind.RetailPharmacy, "device-sampling", new[] { RiskArea.Device })]
    [InlineData(EntityKind.DeviceOperator, "other-sampling", new[] { RiskArea.Device })]
    [InlineData(null, null, new[] { RiskArea.Drug, RiskArea.Device })]
    public void Of_TheSampleCategoryFirst_ThenTheEntityKind_ElseEveryMeeting(EntityKind? kind, string? category, RiskArea[] areas) =>
        Assert.Equal(areas.Order(), ClueAreas.Of(new ClueFacts(kind, category), Kazuo).Order());

    [Fact]
    public void Of_APlanWithoutSignals_SendsEveryClueToEveryMeeting()
    {
        var plan = new RiskConsultationPlan([], [RiskArbitraries.Meeting(RiskArea.Drug, [], [])]);

        Assert.Equal([RiskArea.Drug, RiskArea.Device], ClueAreas.Of(new ClueFacts(EntityKind.DeviceOperator, "device-sampling"), plan).Order());
        Assert.Equal([RiskArea.Drug, RiskArea.Device], ClueAreas.Of(new ClueFacts(EntityKind.RetailPharmacy, null), RiskConsultationPlan.None).Order());
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 500)]
    public void Of_EveryClue_GoesToAtLeastOneMeeting_AndToOneThatNamesIt_WhenOneDoes(ClueFacts clue, RiskConsultationPlan plan)
    {
        var areas = ClueAreas.Of(clue, plan);
        var namingCategory = plan.Meetings.Where(m => clue.SamplingCategory is { } c && m.Signals.SamplingCategories.Contains(c)).Select(m => m.Area).ToHashSet();
        var namingKind = plan.Meetings.Where(m => clue.EntityKind is { } k && m.Signals.EntityKinds.Contains(k)).Select(m => m.Area).ToHashSet();

        Assert.NotEmpty(areas);
        Assert.True(namingCategory.Count > 0 ? areas.SetEquals(namingCategory) : namingKind.Count == 0 || areas.SetEquals(namingKind));
    }
}
