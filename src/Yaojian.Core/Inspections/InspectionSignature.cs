namespace Yaojian.Core.Inspections;

/// <summary>A signature on the record: who, as what, when.</summary>
public class InspectionSignature
{
    public int Id { get; set; }

    public int InspectionId { get; set; }

    public SignerRole Role { get; set; }

    public required string SignerName { get; set; }

    public DateTimeOffset SignedAt { get; set; }
}
