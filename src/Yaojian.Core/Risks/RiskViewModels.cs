using Yaojian.Core.Registry;

namespace Yaojian.Core.Risks;

/// <summary>A risk as the register lists it: where it stands, its measures' count and how many are overdue.</summary>
public sealed record RiskSummary(
    int Id,
    string Number,
    string Title,
    RiskArea Area,
    RiskClass Class,
    string? Level,
    string? LevelName,
    RiskSource Source,
    RiskStage Stage,
    int UnitId,
    string UnitName,
    DateOnly RaisedOn,
    int OpenMeasures,
    int OverdueMeasures,
    DateOnly? NextDeadline);

/// <summary>An entity a risk concerns, by name.</summary>
public sealed record RiskEntityRef(int Id, string Name);

/// <summary>A meeting's decision about a risk, as the risk's page shows it: who recorded it by login and by name.</summary>
public sealed record RiskDecisionView(int MeetingId, string MeetingTitle, DateOnly HeldOn, RiskDecisionKind Kind, string Conclusion, string? Level, string DecidedBy, string DecidedByName);

/// <summary>
/// One risk with everything its page shows: what it is and where it came from, the five steps so far (each with who,
/// when and why), its measures and the meetings' decisions, and the steps a page or the API may fire now.
/// </summary>
public sealed record RiskView(
    RiskSummary Summary,
    string? Description,
    string? SourceRef,
    int? ClueId,
    string? ClueNumber,
    int? CaseId,
    string? CaseNumber,
    int? ProductId,
    string? ProductName,
    AreaClass? AreaClass,
    string? Place,
    IReadOnlyList<RiskEntityRef> Entities,
    IReadOnlyList<MeasureView> Measures,
    IReadOnlyList<RiskEvent> Events,
    IReadOnlyList<RiskDecisionView> Decisions,
    IReadOnlyList<RiskTrigger> PermittedSteps);

/// <summary>A measure with its risk, owner and standing (who finished it, by name); overdue is computed for today.</summary>
public sealed record MeasureView(
    int Id,
    int RiskId,
    string RiskNumber,
    string RiskTitle,
    int? MeetingId,
    string Text,
    int OwnerUnitId,
    string OwnerUnitName,
    string? OwnerPerson,
    DateOnly Deadline,
    MeasureStatus Status,
    bool Overdue,
    int DaysOverdue,
    string? Result,
    DateOnly? FinishedOn,
    DateTimeOffset? FlaggedOverdueAt,
    string? FinishedByName = null);
