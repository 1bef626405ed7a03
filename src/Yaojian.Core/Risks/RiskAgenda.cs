using Yaojian.Core.Cases;

namespace Yaojian.Core.Risks;

/// <summary>A clue as the agenda lists it, to a caller who may see it: its number, summary and entity.</summary>
public sealed record AgendaClue(int Id, string Number, ClueSource Source, ClueStatus Status, DateOnly ReceivedOn, string Summary, string? EntityName = null);

/// <summary>
/// An open clue the agenda counts: when it came, where it stands and what tells its area (<see cref="ClueAreas"/>);
/// <see cref="Seen"/> is what the caller may read of it, null when the clue is another unit's and the caller is
/// confined to their own (then it is only counted).
/// </summary>
public sealed record AgendaCandidate(int Id, ClueSource Source, ClueStatus Status, DateOnly ReceivedOn, ClueFacts Facts, AgendaClue? Seen);

/// <summary>A risk as the agenda sees it.</summary>
public sealed record AgendaRisk(int Id, string Number, string Title, RiskArea Area, RiskClass Class, RiskStage Stage, string? Level);

/// <summary>A measure as the agenda sees it, with the risk it belongs to.</summary>
public sealed record AgendaMeasure(int Id, int RiskId, string RiskNumber, RiskArea Area, string Text, string OwnerUnit, string? OwnerPerson, MeasureStatus Status, DateOnly Deadline);

/// <summary>What the agenda is prepared from: the meeting's area and day, the day of the area's last meeting, what is
/// open, and the plan file's consultation section (which clues each meeting weighs).</summary>
public sealed record AgendaInput(
    RiskArea Area,
    DateOnly MeetingOn,
    DateOnly? LastMeetingOn,
    IReadOnlyList<AgendaCandidate> Clues,
    IReadOnlySet<int> CluesRaisedAsRisks,
    IReadOnlyList<AgendaRisk> Risks,
    IReadOnlyList<AgendaMeasure> Measures,
    RiskConsultationPlan Plan);

/// <summary>
/// The open clues of one source that came in since the last meeting: <see cref="Count"/> of them, of which the caller
/// may read <see cref="Clues"/>; the other <see cref="Unseen"/> are other units' and only counted.
/// </summary>
public sealed record ClueSignal(ClueSource Source, int Count, IReadOnlyList<AgendaClue> Clues)
{
    public int Unseen => Count - Clues.Count;
}

/// <summary>
/// A meeting's agenda (journey 5): new signals since the last meeting (the area's open clues by source and count, not
/// yet raised as risks), the risks not yet consulted, the risks whose follow-up is due for review, and the measures
/// overdue.
/// </summary>
public sealed record Agenda(
    DateOnly? Since,
    IReadOnlyList<ClueSignal> Signals,
    IReadOnlyList<AgendaRisk> ToConsult,
    IReadOnlyList<AgendaRisk> ToReview,
    IReadOnlyList<AgendaMeasure> OverdueMeasures)
{
    public int NewClueCount => Signals.Sum(s => s.Count);
}

/// <summary>Prepares the agenda: a pure rule over what is open, so a property test can hammer it without a database.</summary>
public static class RiskAgenda
{
    public static Agenda Prepare(AgendaInput input)
    {
        var signals = input.Clues
            .Where(c => c.Status is ClueStatus.New or ClueStatus.Verifying)
            .Where(c => !input.CluesRaisedAsRisks.Contains(c.Id))
            .Where(c => c.ReceivedOn <= input.MeetingOn && (input.LastMeetingOn is not { } last || c.ReceivedOn > last))
            .Where(c => ClueAreas.Weighs(input.Area, c.Facts, input.Plan))
            .GroupBy(c => c.Source)
            .OrderBy(g => g.Key)
            .Select(g => new ClueSignal(g.Key, g.Count(), [.. g.OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id).Select(c => c.Seen).OfType<AgendaClue>()]))
            .ToList();
        var ofArea = input.Risks.Where(r => r.Area == input.Area).ToList();
        var riskIds = ofArea.Select(r => r.Id).ToHashSet();
        return new Agenda(
            input.LastMeetingOn,
            signals,
            [.. ofArea.Where(r => RiskTransitions.AwaitingConsultation.Contains(r.Stage)).OrderByDescending(r => r.Stage).ThenBy(r => r.Id)],
            [.. ofArea.Where(r => r.Stage == RiskStage.FollowUp).OrderBy(r => r.Id)],
            [.. input.Measures.Where(m => m.Area == input.Area && riskIds.Contains(m.RiskId) && MeasureRules.IsOverdue(m.Status, m.Deadline, input.MeetingOn))
                .OrderBy(m => m.Deadline).ThenBy(m => m.Id)]);
    }
}
