using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>
/// What a random registry looks like: the units entities belong to, the units that have inspectors, the kinds drawn,
/// how many entities and inspectors per unit, how many conflicts an inspector may declare, and whether every entity
/// is active.
/// </summary>
public sealed record WorldShape(
    IReadOnlyList<string> EntityUnits,
    IReadOnlyList<string> InspectorUnits,
    IReadOnlyList<EntityKind> Kinds,
    int MinEntities,
    int MaxEntities,
    int MinInspectors,
    int MaxInspectors,
    int MaxConflicts,
    bool OnlyActive);
