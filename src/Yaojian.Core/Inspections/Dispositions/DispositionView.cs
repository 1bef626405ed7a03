namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>A disposition as the lists and the API show it: where it stands, what may happen next, and its history.</summary>
public sealed record DispositionView(
    int Id,
    DispositionKind Kind,
    DispositionState State,
    DateOnly? Deadline,
    bool Overdue,
    int EntityId,
    string EntityName,
    string UnitName,
    int? InspectionId,
    int? FindingId,
    ReferralReceiver? Receiver,
    IReadOnlyList<DispositionTrigger> PermittedTriggers,
    IReadOnlyList<DispositionEvent> Events);
