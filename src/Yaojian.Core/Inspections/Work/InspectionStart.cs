using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Inspections.Work;

/// <summary>
/// What the start form offers: the entity, the lead unit's inspectors (those with a declared conflict marked), the
/// ones proposed (the visit's two drawn officers, or the caller), and for a planned visit its window and the draft
/// already begun for it.
/// </summary>
public sealed record InspectionStart(
    int EntityId,
    string EntityName,
    EntityKind Kind,
    string? Address,
    string? LegalRepresentative,
    string UnitName,
    int? VisitId,
    DateOnly? WindowStart,
    DateOnly? WindowEnd,
    IReadOnlyList<InspectorOption> Inspectors,
    IReadOnlyList<int> Proposed,
    int? DraftId);
