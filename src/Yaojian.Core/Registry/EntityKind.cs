namespace Yaojian.Core.Registry;

/// <summary>The kinds of regulated entity the plans name (requirements HG-2.1). Identifiers are in the glossary.</summary>
public enum EntityKind
{
    RetailPharmacy = 1,
    ChainHq = 2,
    ChainStore = 3,
    FranchiseStore = 4,
    Wholesaler = 5,
    Manufacturer = 6,
    Hospital = 7,
    TownshipHealthCenter = 8,
    CommunityHealthCenter = 9,
    Clinic = 10,
    AestheticsInstitution = 11,
    DentalClinic = 12,
    Cdc = 13,
    VaccinationUnit = 14,
    VaccineDistributor = 15,
    OnlineSeller = 16,
    InternetInfoService = 17,
    TcmPiecesOperator = 18,
    DeviceOperator = 19,
}
