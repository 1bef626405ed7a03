using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning;

/// <summary>A visit as the lists show it: the entity, where, when, why, who.</summary>
public sealed record VisitRow(
    int Id,
    int EntityId,
    string EntityCode,
    string EntityName,
    EntityKind Kind,
    string? Address,
    string UnitCode,
    string UnitName,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    IReadOnlyList<string> RuleIds,
    IReadOnlyList<InspectorRef> Inspectors,
    VisitStatus Status);
