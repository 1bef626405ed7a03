using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning.Checklists;

/// <summary>Entities for the checklist tests: one of a kind, with the tags and status given.</summary>
internal static class ChecklistEntities
{
    public static PlanEntity Of(EntityKind kind, SupervisionTags tags = SupervisionTags.None, EntityStatus status = EntityStatus.Active) =>
        new("E1", kind, "u1", AreaClass.Urban, null, kind == EntityKind.DeviceOperator ? DeviceTier.Level1 : null, status, tags);
}
