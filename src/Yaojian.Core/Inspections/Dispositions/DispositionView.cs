namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// A disposition as the lists and the API show it: where it stands, what may happen next, its history (each event with
/// who, when, why and what it carried), and the names a page needs to show it in Chinese without asking again — the
/// entity, the unit, the inspection's number, the finding's description and severity, and
/// who moved it as people read it (the display name for each event's user name).
/// </summary>
public sealed record DispositionView(
    int Id,
    DispositionKind Kind,
    DispositionState State,
    DateOnly? Deadline,
    bool Overdue,
    int EntityId,
    string EntityName,
    int UnitId,
    string UnitName,
    int? InspectionId,
    string? InspectionNumber,
    int? FindingId,
    string? FindingDescription,
    FindingSeverity? FindingSeverity,
    ReferralReceiver? Receiver,
    IReadOnlyList<DispositionTrigger> PermittedTriggers,
    IReadOnlyList<DispositionEvent> Events,
    IReadOnlyDictionary<string, string> ActorNames);
