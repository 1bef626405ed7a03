namespace Yaojian.Core.Registry;

/// <summary>Everything the detail page shows of one entity; personal data comes masked.</summary>
public sealed record EntityDetail(
    EntitySummary Summary,
    string? LegalRepresentative,
    string? ContactPhoneMasked,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<LicenceView> Licences,
    IReadOnlyList<PharmacistView> Pharmacists,
    IReadOnlyList<GradeChangeView> GradeHistory);
