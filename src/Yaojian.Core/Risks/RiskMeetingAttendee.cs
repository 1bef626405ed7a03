namespace Yaojian.Core.Risks;

/// <summary>Who attended: a unit, a person of it, or both.</summary>
public class RiskMeetingAttendee
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public int? UnitId { get; set; }

    public string? PersonName { get; set; }

    /// <summary>The person's post (科长、所长…), as written.</summary>
    public string? Post { get; set; }
}
