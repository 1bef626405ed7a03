namespace Yaojian.Core.Risks;

/// <summary>
/// A risk consultation meeting (风险会商会, KZ-M-2.11, KZ-D-4.1): its date and quarter, chair, attendees and minutes;
/// its decisions produce the three lists — risk, measure and responsibility — that are the meeting's papers.
/// </summary>
public class RiskMeeting
{
    public int Id { get; set; }

    public RiskArea Area { get; set; }

    public DateOnly HeldOn { get; set; }

    public int Year { get; set; }

    /// <summary>1–4, the quarter of <see cref="HeldOn"/> unless the meeting is the late one of the quarter before.</summary>
    public int Quarter { get; set; }

    public required string Chair { get; set; }

    public string? Location { get; set; }

    public string? Minutes { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<RiskMeetingAttendee> Attendees { get; set; } = [];

    public List<RiskDecision> Decisions { get; set; } = [];
}
