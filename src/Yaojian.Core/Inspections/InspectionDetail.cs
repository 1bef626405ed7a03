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
    IReadOnlyList<EvidenceView> Evidence)
{
    /// <summary>其他需要说明的情况.</summary>
    public string? Notes { get; init; }

    /// <summary>被检查单位负责人意见 (personal words of the representative: shown to whoever sees the representative's name).</summary>
    public string? RepresentativeOpinion { get; init; }

    /// <summary>The entity's address and licences, which the officers check on site (journey 2).</summary>
    public string? EntityAddress { get; init; }

    public IReadOnlyList<Registry.LicenceView> Licences { get; init; } = [];
}
