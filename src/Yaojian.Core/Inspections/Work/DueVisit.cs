using Yaojian.Core.Registry;

namespace Yaojian.Core.Inspections.Work;

/// <summary>
/// A planned visit that can be made now (its window holds today) or is late (its window has passed): where to go,
/// why (the rules' names), with whom, and the draft already begun for it, if any.
/// </summary>
public sealed record DueVisit(
    int VisitId,
    int EntityId,
    string EntityName,
    EntityKind Kind,
    string? Township,
    string? Address,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Inspectors,
    bool Mine,
    bool Late,
    int? DraftId);
