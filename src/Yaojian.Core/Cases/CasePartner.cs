namespace Yaojian.Core.Cases;

/// <summary>A partner bureau of a joint cross-region case (跨区域联合查办, KZ-D-4.5).</summary>
public class CasePartner
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public required string Bureau { get; set; }

    public PartnerRole Role { get; set; }

    public string? Note { get; set; }
}
