namespace Yaojian.Core.Registry;

/// <summary>A row of the registry list.</summary>
public sealed record EntitySummary(
    int Id,
    string Code,
    string Name,
    string? Uscc,
    EntityKind Kind,
    string UnitCode,
    string UnitName,
    AreaClass Area,
    CreditGrade? CreditGrade,
    DeviceTier? DeviceTier,
    EntityStatus Status,
    SupervisionTags Tags,
    string? Township,
    string? Address);
