namespace Yaojian.Core.Inspections;

/// <summary>
/// Starts a record: from a planned visit (entity, unit and inspectors come from it) or ad hoc (entity and inspectors
/// given). The checklist items are copied into the record, so a later checklist version changes nothing in it.
/// </summary>
public sealed record StartInspectionInput
{
    public int? PlanVisitId { get; init; }

    public int? EntityId { get; init; }

    public InspectionMode Mode { get; init; } = InspectionMode.Routine;

    public IReadOnlyList<int> InspectorIds { get; init; } = [];

    public string? Representative { get; init; }

    public string? RepresentativeTitle { get; init; }

    /// <summary>The items to ask; when none are given, the checklists the year's plan file sets for the entity.</summary>
    public IReadOnlyList<ChecklistItemInput> Items { get; init; } = [];
}
