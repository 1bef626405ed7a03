using FsCheck.Xunit;
using Yaojian.Core.Cases;
using Yaojian.Core.Registry;
using Yaojian.Core.Risks;

namespace Yaojian.Core.Tests.Risks;

/// <summary>
/// The agenda prepares itself (journey 5): every open clue of the meeting's area received since the last meeting and
/// not yet a risk is a new signal, counted under its source and listed only to a caller who may see it; every risk of the area not yet consulted is put to the meeting; every open
/// measure past its deadline on the day is listed as overdue — and nothing else.
/// </summary>
public sealed class RiskAgendaTests
{
    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 300)]
    public void Prepare_EveryOpenClueOfTheAreaAndWindowNotYetARisk_IsCountedExactlyOnce_UnderItsSource(AgendaInput input)
    {
        var agenda = RiskAgenda.Prepare(input);
        var expected = input.Clues.Where(c => c.Status is ClueStatus.New or ClueStatus.Verifying && !input.CluesRaisedAsRisks.Contains(c.Id)
            && c.ReceivedOn <= input.MeetingOn && (input.LastMeetingOn is null || c.ReceivedOn > input.LastMeetingOn)
            && ClueAreas.Of(c.Facts, input.Plan).Contains(input.Area)).ToList();

        Assert.Equal(expected.Count, agenda.NewClueCount);
        Assert.Equal(expected.Where(c => c.Seen is not null).Select(c => c.Id).Order(), agenda.Signals.SelectMany(s => s.Clues).Select(c => c.Id).Order());
        Assert.All(agenda.Signals, s => Assert.Equal(expected.Count(c => c.Source == s.Source), s.Count));
        Assert.All(agenda.Signals, s => Assert.All(s.Clues, c => Assert.Equal(s.Source, c.Source)));
        Assert.Equal(agenda.Signals.Select(s => s.Source).Distinct().Count(), agenda.Signals.Count);
        Assert.Equal(agenda.Signals.Sum(s => s.Count), agenda.NewClueCount);
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 300)]
    public void Prepare_AClueTheCallerMayNotSee_IsOnlyCounted_NeverListedWithItsNumberOrSummary(AgendaInput input)
    {
        var agenda = RiskAgenda.Prepare(input);
        var unseen = input.Clues.Where(c => c.Seen is null).Select(c => c.Id).ToHashSet();

        Assert.DoesNotContain(agenda.Signals.SelectMany(s => s.Clues), c => unseen.Contains(c.Id));
        Assert.All(agenda.Signals, s => Assert.Equal(s.Count - s.Clues.Count, s.Unseen));
    }

    [Fact]
    public void Prepare_TheDeviceMeeting_CountsDeviceSamplesAndDeviceOperators_NotDrugSamplesNorPharmacies()
    {
        AgendaCandidate Clue(int id, ClueSource source, EntityKind kind, string? category) =>
            new(id, source, ClueStatus.New, RiskArbitraries.Day, new ClueFacts(kind, category), new AgendaClue(id, $"线索{id}", source, ClueStatus.New, RiskArbitraries.Day, "摘要"));
        var clues = new[]
        {
            Clue(1, ClueSource.Sampling, EntityKind.RetailPharmacy, "drug-sampling"),
            Clue(2, ClueSource.Sampling, EntityKind.Hospital, "drug-sampling"),
            Clue(3, ClueSource.Sampling, EntityKind.Hospital, "device-sampling"),
            Clue(4, ClueSource.Complaint, EntityKind.DeviceOperator, null),
            Clue(5, ClueSource.Complaint, EntityKind.RetailPharmacy, null),
            Clue(6, ClueSource.Complaint, EntityKind.Clinic, null),
        };

        AgendaInput For(RiskArea area) => new(area, RiskArbitraries.Day, null, clues, new HashSet<int>(), [], [], RiskArbitraries.Kazuo);

        Assert.Equal([3, 4, 6], RiskAgenda.Prepare(For(RiskArea.Device)).Signals.SelectMany(s => s.Clues).Select(c => c.Id).Order());
        Assert.Equal([1, 2, 5, 6], RiskAgenda.Prepare(For(RiskArea.Drug)).Signals.SelectMany(s => s.Clues).Select(c => c.Id).Order());
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 300)]
    public void Prepare_EveryRiskOfTheAreaNotYetConsulted_IsPutToTheMeeting_AndEveryOneInFollowUpIsReviewed(AgendaInput input)
    {
        var agenda = RiskAgenda.Prepare(input);

        Assert.Equal(
            input.Risks.Where(r => r.Area == input.Area && r.Stage is RiskStage.Screening or RiskStage.Analysis or RiskStage.Consultation).Select(r => r.Id).Order(),
            agenda.ToConsult.Select(r => r.Id).Order());
        Assert.Equal(input.Risks.Where(r => r.Area == input.Area && r.Stage == RiskStage.FollowUp).Select(r => r.Id).Order(), agenda.ToReview.Select(r => r.Id));
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 300)]
    public void Prepare_EveryOverdueMeasureOfTheAreasRisks_IsListed_LongestOverdueFirst(AgendaInput input)
    {
        var agenda = RiskAgenda.Prepare(input);
        var ofArea = input.Risks.Where(r => r.Area == input.Area).Select(r => r.Id).ToHashSet();

        Assert.Equal(
            input.Measures.Where(m => m.Area == input.Area && ofArea.Contains(m.RiskId) && m.Status == MeasureStatus.Open && m.Deadline < input.MeetingOn).Select(m => m.Id).Order(),
            agenda.OverdueMeasures.Select(m => m.Id).Order());
        Assert.Equal(agenda.OverdueMeasures.Select(m => m.Deadline).Order(), agenda.OverdueMeasures.Select(m => m.Deadline));
    }

    [Fact]
    public void Prepare_AClueOnTheLastMeetingsDay_WasThatMeetingsAndOneOnTheDay_IsThisOnes()
    {
        var day = new DateOnly(2025, 6, 20);
        var last = new DateOnly(2025, 3, 25);
        AgendaCandidate Clue(int id, DateOnly on) =>
            new(id, ClueSource.Complaint, ClueStatus.New, on, new ClueFacts(null, null), new(id, $"线索{id}", ClueSource.Complaint, ClueStatus.New, on, "投诉"));

        var agenda = RiskAgenda.Prepare(new AgendaInput(RiskArea.Device, day, last, [Clue(1, last), Clue(2, last.AddDays(1)), Clue(3, day), Clue(4, day.AddDays(1))], new HashSet<int>(), [], [], RiskConsultationPlan.None));

        Assert.Equal([2, 3], agenda.Signals.Single().Clues.Select(c => c.Id));
        Assert.Equal(last, agenda.Since);
    }
}
