using Yaojian.Core.Common;
using Yaojian.Core.Registry;

namespace Yaojian.Web.Api;

/// <summary>An entity as the API shows it, in the interchange vocabulary (docs/formats/entities.md).</summary>
public sealed record EntityDto(
    int Id,
    string Code,
    string Name,
    string? Uscc,
    string Kind,
    string KindName,
    string Unit,
    string UnitName,
    string Area,
    string? CreditGrade,
    int? DeviceTier,
    string Status,
    IReadOnlyList<string> Tags,
    string? Township,
    string? Address)
{
    public static EntityDto From(EntitySummary e) => new(
        e.Id, e.Code, e.Name, e.Uscc, SnakeCaseNames<EntityKind>.Of(e.Kind), EnumText.Of(e.Kind), e.UnitCode, e.UnitName,
        SnakeCaseNames<AreaClass>.Of(e.Area), e.CreditGrade?.ToString(), (int?)e.DeviceTier, SnakeCaseNames<EntityStatus>.Of(e.Status),
        SupervisionTagNames.Split(e.Tags).Select(SnakeCaseNames<SupervisionTags>.Of).ToList(), e.Township, e.Address);
}
