namespace Yaojian.Core.Registry;

/// <summary>
/// Attributes that drive supervision (KZ-D-1.1, HG-2.1). A flags set so that a filter on one tag is a single
/// indexed-free bit test on both databases, even at a million rows.
/// </summary>
[Flags]
public enum SupervisionTags : long
{
    None = 0,
    Level2Plus = 1L << 0,
    Public = 1L << 1,
    SpecialDrugs = 1L << 2,
    SpecialCompound = 1L << 3,
    Vaccines = 1L << 4,
    BloodProducts = 1L << 5,
    ColdChain = 1L << 6,
    OnlineSales = 1L << 7,
    RemotePharmacy = 1L << 8,
    VendingMachine = 1L << 9,
    TcmPieces = 1L << 10,
    Botulinum = 1L << 11,
    Vbp = 1L << 12,
    Sentinel = 1L << 13,
    ChainMember = 1L << 14,
    InHousePreparations = 1L << 15,
    EyeOrDentalSpecialty = 1L << 16,
    TemporarySite = 1L << 17,

    // Extra attention (HG-2.1(7)): set from sampling, complaints and cases, or imported.
    NonconformingSample = 1L << 18,
    Complained = 1L << 19,
    PastViolation = 1L << 20,
}
