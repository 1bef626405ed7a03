namespace Yaojian.Core.Registry;

/// <summary>A licensed pharmacist (执业药师) registered at a pharmacy.</summary>
public class Pharmacist
{
    public int Id { get; set; }

    public int EntityId { get; set; }

    public required string Name { get; set; }

    /// <summary>执业药师注册证编号.</summary>
    public required string RegistrationNumber { get; set; }

    /// <summary>药学 or 中药学.</summary>
    public string Category { get; set; } = "药学";

    /// <summary>Resident ID number: personal data, shown only to roles that need it.</summary>
    public string? IdNumber { get; set; }

    public DateOnly? RegisteredUntil { get; set; }
}
