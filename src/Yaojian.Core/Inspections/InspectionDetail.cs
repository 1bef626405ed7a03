using Yaojian.Core.Inspections.Evidence;

namespace Yaojian.Core.Inspections;

/// <summary>A record as the form and the API show it, with the entity's last finished inspection and its findings,
/// the earlier findings still being followed up, and the evidence attached.</summary>
public sealed record InspectionDetail(
    int Id,
    string Number,
    int Version,
    InspectionStatus Status,
    InspectionMode Mode,
    int EntityId,
    string EntityName,
    string UnitName,
    int? PlanVisitId,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Representative,
    string? RepresentativeTitle,
    IReadOnlyList<InspectorOnRecord> Inspectors,
    IReadOnlyList<AnswerView> Answers,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<SignatureView> Signatures,
    PreviousInspection? Previous,
    IReadOnlyList<OpenFinding> OpenFindings,
    IReadOnlyList<EvidenceView> Evidence);
