namespace Yaojian.Core.Registry;

/// <summary>A regulated entity (监管对象): a pharmacy, hospital, clinic, wholesaler, device operator…</summary>
public class RegulatedEntity
{
    public int Id { get; set; }

    /// <summary>The bureau's own code, unique, the key of every import.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Unified social credit code; empty for the few kinds without one (a temporary vaccination site).</summary>
    public string? Uscc { get; set; }

    public EntityKind Kind { get; set; }

    public int UnitId { get; set; }

    public OrgUnit? Unit { get; set; }

    public AreaClass Area { get; set; }

    public CreditGrade? CreditGrade { get; set; }

    public DeviceTier? DeviceTier { get; set; }

    public EntityStatus Status { get; set; } = EntityStatus.Active;

    public SupervisionTags Tags { get; set; }

    public string? Township { get; set; }

    public string? Address { get; set; }

    public string? LegalRepresentative { get; set; }

    /// <summary>A contact phone: personal data, masked wherever it is not needed.</summary>
    public string? ContactPhone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<Licence> Licences { get; set; } = [];

    public List<Pharmacist> Pharmacists { get; set; } = [];

    public List<CreditGradeChange> GradeHistory { get; set; } = [];
}
