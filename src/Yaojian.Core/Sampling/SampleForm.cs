using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Sampling;

/// <summary>
/// What the sampling form offers for an entity: the unit the sample will belong to, its officers (declared conflicts
/// marked) with the caller proposed, the categories of the plan in force, the catalogue, the product flags and the
/// concerns to tick.
/// </summary>
public sealed record SampleForm(
    int EntityId,
    string EntityName,
    EntityKind Kind,
    string? Address,
    string UnitName,
    DateOnly Today,
    IReadOnlyList<CodeName> Categories,
    IReadOnlyList<InspectorOption> Samplers,
    IReadOnlyList<int> Proposed,
    IReadOnlyList<ProductOption> Products,
    IReadOnlyList<CodeName> ProductFlags,
    IReadOnlyList<CodeName> Concerns);
