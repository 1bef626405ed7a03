using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning;

/// <summary>What the plan engine needs to know of a regulated entity; <see cref="Unit"/> is its unit's code.</summary>
public sealed record PlanEntity(
    string Code,
    EntityKind Kind,
    string Unit,
    AreaClass Area,
    CreditGrade? Grade,
    DeviceTier? Tier,
    EntityStatus Status,
    SupervisionTags Tags)
{
    /// <summary>Closed and revoked entities are never planned (they no longer operate).</summary>
    public bool CanBePlanned => Status is not (EntityStatus.Closed or EntityStatus.Revoked);
}
