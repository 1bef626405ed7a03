using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Risks;

/// <summary>
/// The plan file's <c>risk_consultation</c> section: the risk levels the bureau uses (with what each means) and which
/// areas hold consultation meetings, how often, led by whom and attended by which units (KZ-D-4.1, KZ-M-2.11).
/// </summary>
public sealed record RiskConsultationPlan(IReadOnlyList<RiskLevel> Levels, IReadOnlyList<ConsultationMeetingRule> Meetings)
{
    public static RiskConsultationPlan None { get; } = new([], []);

    public ConsultationMeetingRule? MeetingOf(RiskArea area) => Meetings.FirstOrDefault(m => m.Area == area);

    public RiskLevel? LevelOf(string? code) => code is null ? null : Levels.FirstOrDefault(l => l.Code == code);
}

/// <summary>A risk level: its code (stored on the risk), its name and its definition, both shown to the chief.</summary>
public sealed record RiskLevel(string Code, string Name, string Definition);

/// <summary>
/// One area's consultation meeting: <see cref="Every"/> is its period when the plan sets one (器械: 每季度), null when
/// the plan only says "regularly" (药品: 定期召开) — then no period is ever flagged as missing its meeting.
/// <see cref="Signals"/> says which clues are this area's signals (<see cref="ClueAreas"/>).
/// </summary>
public sealed record ConsultationMeetingRule(
    string Id,
    string Name,
    IReadOnlyList<string> Requirements,
    RiskArea Area,
    CalendarPeriod? Every,
    string Lead,
    IReadOnlyList<string> Attendees)
{
    public ConsultationSignals Signals { get; init; } = ConsultationSignals.None;
}

/// <summary>
/// Which clues a meeting weighs (<c>risk_consultation.meetings[].signals</c>): those about an entity of one of
/// <see cref="EntityKinds"/> (医疗器械经营企业 and the device users for the device meeting), and those a sample of one of
/// <see cref="SamplingCategories"/> opened (医疗器械监督抽检). A county sets them in its plan file.
/// </summary>
public sealed record ConsultationSignals(IReadOnlyList<EntityKind> EntityKinds, IReadOnlyList<string> SamplingCategories)
{
    public static ConsultationSignals None { get; } = new([], []);
}
