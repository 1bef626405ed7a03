using Bogus;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Demo;

/// <summary>Supervision tags as they fall on each kind in a real county.</summary>
internal static class DemoTags
{
    public static SupervisionTags For(EntityKind kind, Faker f, string name)
    {
        var t = SupervisionTags.None;
        void Maybe(float chance, SupervisionTags tag)
        {
            if (f.Random.Bool(chance))
            {
                t |= tag;
            }
        }

        switch (kind)
        {
            case EntityKind.RetailPharmacy or EntityKind.ChainStore or EntityKind.FranchiseStore:
                Maybe(0.6f, SupervisionTags.SpecialCompound);
                Maybe(0.3f, SupervisionTags.TcmPieces);
                Maybe(0.15f, SupervisionTags.RemotePharmacy);
                Maybe(0.05f, SupervisionTags.VendingMachine);
                Maybe(0.1f, SupervisionTags.OnlineSales);
                Maybe(0.2f, SupervisionTags.Vbp);
                Maybe(0.1f, SupervisionTags.ColdChain);
                if (kind != EntityKind.RetailPharmacy)
                {
                    t |= SupervisionTags.ChainMember;
                }

                break;
            case EntityKind.Hospital:
                Maybe(0.4f, SupervisionTags.Level2Plus);
                Maybe(0.5f, SupervisionTags.Public);
                t |= SupervisionTags.Vbp | SupervisionTags.ColdChain | SupervisionTags.SpecialCompound;
                Maybe(0.6f, SupervisionTags.SpecialDrugs);
                Maybe(0.4f, SupervisionTags.BloodProducts);
                Maybe(0.2f, SupervisionTags.Botulinum);
                Maybe(0.5f, SupervisionTags.TcmPieces);
                Maybe(0.15f, SupervisionTags.InHousePreparations);
                Maybe(0.15f, SupervisionTags.Sentinel);
                if (name.Contains("眼科", StringComparison.Ordinal))
                {
                    t |= SupervisionTags.EyeOrDentalSpecialty;
                }

                break;
            case EntityKind.TownshipHealthCenter or EntityKind.CommunityHealthCenter:
                t |= SupervisionTags.Public | SupervisionTags.Vbp | SupervisionTags.ColdChain | SupervisionTags.SpecialCompound;
                Maybe(0.4f, SupervisionTags.SpecialDrugs);
                Maybe(0.5f, SupervisionTags.TcmPieces);
                Maybe(0.6f, SupervisionTags.Vaccines);
                break;
            case EntityKind.Cdc:
                t |= SupervisionTags.Public | SupervisionTags.Vaccines | SupervisionTags.ColdChain;
                break;
            case EntityKind.VaccinationUnit:
                t |= SupervisionTags.Public | SupervisionTags.Vaccines | SupervisionTags.ColdChain;
                if (name.Contains("临时", StringComparison.Ordinal))
                {
                    t |= SupervisionTags.TemporarySite;
                }

                break;
            case EntityKind.VaccineDistributor:
                t |= SupervisionTags.Vaccines | SupervisionTags.ColdChain;
                break;
            case EntityKind.Wholesaler:
                t |= SupervisionTags.ColdChain | SupervisionTags.SpecialCompound | SupervisionTags.Vbp;
                Maybe(0.3f, SupervisionTags.SpecialDrugs);
                Maybe(0.3f, SupervisionTags.BloodProducts);
                break;
            case EntityKind.Manufacturer:
                Maybe(0.5f, SupervisionTags.TcmPieces);
                break;
            case EntityKind.AestheticsInstitution:
                t |= SupervisionTags.Botulinum;
                break;
            case EntityKind.DentalClinic:
                t |= SupervisionTags.EyeOrDentalSpecialty;
                break;
            case EntityKind.Clinic:
                Maybe(0.3f, SupervisionTags.TcmPieces);
                Maybe(0.2f, SupervisionTags.SpecialCompound);
                break;
            case EntityKind.OnlineSeller:
                t |= SupervisionTags.OnlineSales;
                Maybe(0.3f, SupervisionTags.RemotePharmacy);
                break;
            case EntityKind.TcmPiecesOperator:
                t |= SupervisionTags.TcmPieces;
                break;
            case EntityKind.DeviceOperator:
                Maybe(0.1f, SupervisionTags.ColdChain);
                Maybe(0.1f, SupervisionTags.OnlineSales);
                break;
            case EntityKind.ChainHq or EntityKind.InternetInfoService:
                break;
        }

        return t;
    }
}
