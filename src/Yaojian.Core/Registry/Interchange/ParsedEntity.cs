namespace Yaojian.Core.Registry.Interchange;

/// <summary>A row that passed every check; optional columns absent from the file are null and left as stored.</summary>
public sealed record ParsedEntity(
    int RowNumber,
    string Code,
    string Name,
    string? Uscc,
    EntityKind Kind,
    int UnitId,
    AreaClass Area,
    CreditGrade? CreditGrade,
    DeviceTier? DeviceTier,
    EntityStatus Status,
    SupervisionTags Tags,
    string? Township,
    string? Address,
    string? LegalRepresentative);
