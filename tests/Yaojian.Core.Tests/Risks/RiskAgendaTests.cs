using FsCheck.Xunit;
using Yaojian.Core.Cases;
using Yaojian.Core.Risks;

namespace Yaojian.Core.Tests.Risks;

/// <summary>
/// The agenda prepares itself (journey 5): every open clue received since the last meeting and not yet a risk is a new
/// signal, counted under its source; every risk of the area not yet consulted is put to the meeting; every open
/// measure past its deadline on the day is listed as overdue — and nothing else.
/// </summary>
public sealed class RiskAgendaTests
{
    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 300)]
    public void Prepare_EveryOpenClueOfTheWindowNotYetARisk_IsASignalExactlyOnce_UnderItsSource(AgendaInput input)
    {
        var agenda = RiskAgenda.Prepare(input);
        var expected = input.Clues.Where(c => c.Status is ClueStatus.New or ClueStatus.Verifying && !input.CluesRaisedAsRisks.Contains(c.Id)
            && c.ReceivedOn <= input.MeetingOn && (input.LastMeetingOn is null || c.ReceivedOn > input.LastMeetingOn)).Select(c => c.Id).Order();

        Assert.Equal(expected, agenda.Signals.SelectMany(s => s.Clues).Select(c => c.Id).Order());
        Assert.All(agenda.Signals, s => Assert.Equal(s.Count, s.Clues.Count));
        Assert.All(agenda.Signals, s => Assert.All(s.Clues, c => Assert.Equal(s.Source, c.Source)));
        Assert.Equal(agenda.Signals.Select(s => s.Source).Distinct().Count(), agenda.Signals.Count);
        Assert.Equal(agenda.Signals.Sum(s => s.Count), agenda.NewClueCount);
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
        AgendaClue Clue(int id, DateOnly on) => new(id, $"线索{id}", ClueSource.Complaint, ClueStatus.New, on, "投诉");

        var agenda = RiskAgenda.Prepare(new AgendaInput(RiskArea.Device, day, last, [Clue(1, last), Clue(2, last.AddDays(1)), Clue(3, day), Clue(4, day.AddDays(1))], new HashSet<int>(), [], []));

        Assert.Equal([2, 3], agenda.Signals.Single().Clues.Select(c => c.Id));
        Assert.Equal(last, agenda.Since);
    }
}
