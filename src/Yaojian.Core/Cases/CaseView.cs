namespace Yaojian.Core.Cases;

/// <summary>
/// A case as the lists show it: its number, cause and party (a person's name masked for whoever lacks the right), its
/// unit and standing, its legal time limits, and whether it is decided, published, typical or joint.
/// </summary>
public sealed record CaseView(
    int Id,
    string Number,
    string Cause,
    int? EntityId,
    string PartyName,
    bool PartyIsPerson,
    string? ProductName,
    int UnitId,
    string UnitName,
    CaseState State,
    DateOnly RegisteredOn,
    DateOnly? DecidedOn,
    string? DecisionNumber,
    IReadOnlyList<CaseLimitView> Limits,
    bool Overdue,
    bool Published,
    bool Typical,
    bool Joint,
    int? DispositionId);
