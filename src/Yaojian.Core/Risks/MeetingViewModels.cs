namespace Yaojian.Core.Risks;

/// <summary>An attendee by name.</summary>
public sealed record AttendeeView(int? UnitId, string? UnitName, string? PersonName, string? Post);

/// <summary>A meeting as the list shows it.</summary>
public sealed record MeetingSummary(int Id, RiskArea Area, string Title, DateOnly HeldOn, int Year, int Quarter, string Chair, int Decisions, int Measures, int OverdueMeasures);

/// <summary>The meetings, with whether each periodic meeting of the plan file was held in the current period.</summary>
public sealed record MeetingsOverview(IReadOnlyList<MeetingSummary> Meetings, IReadOnlyList<MeetingDue> Due);

/// <summary>A meeting with its attendees, minutes and its three lists (the papers), headed by the bureau's name.</summary>
public sealed record MeetingView(
    int Id,
    RiskArea Area,
    string Title,
    string Bureau,
    DateOnly HeldOn,
    int Year,
    int Quarter,
    string Chair,
    string? Location,
    string? Minutes,
    IReadOnlyList<AttendeeView> Attendees,
    MeetingPapers Papers);
