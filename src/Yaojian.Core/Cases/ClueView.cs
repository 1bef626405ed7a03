namespace Yaojian.Core.Cases;

/// <summary>
/// A clue as the lists and the API show it: where it came from, whom and what it is about, its time limit and standing,
/// the triage decision with who entered it (user and display name), when, the day it took effect and who approved it, what it became (a case, a disposition, its group), and the names a page needs
/// — the complainant's or reporter's name and phone masked for whoever lacks the right to see them.
/// </summary>
public sealed record ClueView(
    int Id,
    string Number,
    ClueSource Source,
    ClueChannel? Channel,
    string? SourceRef,
    int? EntityId,
    string? EntityName,
    int? ProductId,
    string? ProductName,
    string Summary,
    int UnitId,
    string UnitName,
    DateOnly ReceivedOn,
    DateOnly? DueOn,
    bool Overdue,
    ClueStatus Status,
    string? Decision,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    int? CaseId,
    string? CaseNumber,
    int? DispositionId,
    int? GroupId,
    string? GroupNumber,
    int GroupSize,
    string? ReporterName,
    string? ReporterPhone,
    DateOnly? DecidedOn,
    string? DecidedByName,
    string? ApprovedBy);
