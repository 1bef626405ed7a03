namespace Yaojian.Core.Risks;

/// <summary>A meeting to record: its area, day, chair, where, minutes and who attended.</summary>
/// <param name="Quarter">The quarter it consults on; the quarter of <paramref name="HeldOn"/> when null.</param>
public sealed record RecordMeetingInput(
    RiskArea Area,
    DateOnly? HeldOn,
    string Chair,
    IReadOnlyList<AttendeeInput> Attendees,
    string? Location = null,
    string? Minutes = null,
    int? Quarter = null);

/// <summary>An attendee: a unit, a person (with post), or both.</summary>
public sealed record AttendeeInput(int? UnitId, string? PersonName, string? Post = null);

/// <summary>What the meeting decided about one risk: the decision, the conclusion, the level, and the measures.</summary>
public sealed record DecideInput(int RiskId, RiskDecisionKind Kind, string Conclusion, string? Level = null, IReadOnlyList<MeasureInput>? Measures = null);
