using System.Globalization;
using Bogus;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Demo;

/// <summary>Licences, pharmacists and a credit-grade history for one demo entity.</summary>
internal static class DemoDetails
{
    public static void Add(RegulatedEntity entity, Faker f, DateOnly today)
    {
        var issued = today.AddDays(-f.Random.Int(30, 5 * 365));
        var type = entity.Kind switch
        {
            EntityKind.Manufacturer => LicenceType.DrugManufacturing,
            EntityKind.Hospital or EntityKind.TownshipHealthCenter or EntityKind.CommunityHealthCenter or EntityKind.Clinic
                or EntityKind.AestheticsInstitution or EntityKind.DentalClinic or EntityKind.Cdc or EntityKind.VaccinationUnit
                => LicenceType.MedicalInstitution,
            EntityKind.InternetInfoService => LicenceType.InternetDrugInformation,
            EntityKind.DeviceOperator => entity.DeviceTier == DeviceTier.Level2 ? LicenceType.DeviceBusinessClass3 : LicenceType.DeviceFilingClass2,
            EntityKind.TcmPiecesOperator => LicenceType.BusinessLicence,
            _ => LicenceType.DrugBusiness,
        };
        entity.Licences.Add(new Licence
        {
            Type = type,
            Number = LicenceNumber(type, f, issued),
            Scope = type switch
            {
                LicenceType.DrugBusiness => "处方药、甲类非处方药、乙类非处方药：中成药、化学药、生物制品（除疫苗）、中药饮片",
                LicenceType.DeviceBusinessClass3 => "第三类医疗器械：6815注射穿刺器械、6866医用高分子材料及制品",
                LicenceType.DeviceFilingClass2 => "第二类医疗器械：全部（体外诊断试剂除外）",
                _ => string.Empty,
            },
            IssuedOn = issued,
            ValidUntil = type == LicenceType.DeviceFilingClass2 ? null : issued.AddYears(5),
        });
        if (entity.Tags.HasFlag(SupervisionTags.OnlineSales))
        {
            entity.Licences.Add(new Licence { Type = LicenceType.OnlineSalesFiling, Number = $"辽药网备{f.Random.ReplaceNumbers("2024####")}", IssuedOn = issued });
        }

        if (entity.Kind is EntityKind.RetailPharmacy or EntityKind.ChainStore or EntityKind.FranchiseStore or EntityKind.OnlineSeller)
        {
            for (var i = f.Random.Int(1, 2); i > 0; i--)
            {
                entity.Pharmacists.Add(new Pharmacist
                {
                    Name = DemoNames.Person(f),
                    RegistrationNumber = f.Random.ReplaceNumbers("SHZ211324########"),
                    Category = f.Random.Bool(0.75f) ? "药学" : "中药学",
                    IdNumber = DemoCodes.IdNumber(f.Random, DemoJurisdiction.DivisionCode),
                    RegisteredUntil = today.AddDays(f.Random.Int(-60, 5 * 365)),
                });
            }
        }

        if (entity.CreditGrade is { } grade)
        {
            var first = f.Random.Bool(0.7f) ? grade : f.PickRandom<CreditGrade>();
            var since = today.AddDays(-f.Random.Int(400, 900));
            entity.GradeHistory.Add(new CreditGradeChange { ToGrade = first, EffectiveOn = since, Reason = "年度信用等级评定" });
            if (first != grade)
            {
                entity.GradeHistory.Add(new CreditGradeChange
                {
                    FromGrade = first,
                    ToGrade = grade,
                    EffectiveOn = since.AddDays(f.Random.Int(60, 360)),
                    Reason = grade > first ? f.PickRandom("监督抽检不合格", "日常检查发现违规行为", "投诉举报查实") : "整改到位，信用修复",
                });
            }
        }
    }

    private static string LicenceNumber(LicenceType type, Faker f, DateOnly issued)
    {
        var year = issued.Year.ToString(CultureInfo.InvariantCulture);
        return type switch
        {
            LicenceType.DrugBusiness => f.Random.ReplaceNumbers("辽CB421####"),
            LicenceType.DrugManufacturing => f.Random.ReplaceNumbers("辽2023####"),
            LicenceType.MedicalInstitution => f.Random.ReplaceNumbers("PDY#####-211324-####"),
            LicenceType.DeviceBusinessClass3 => $"辽朝药监械经营许{year}{f.Random.ReplaceNumbers("####")}号",
            LicenceType.DeviceFilingClass2 => $"辽朝药监械经营备{year}{f.Random.ReplaceNumbers("####")}号",
            LicenceType.InternetDrugInformation => $"（辽）-非经营性-{year}-{f.Random.ReplaceNumbers("####")}",
            _ => f.Random.ReplaceNumbers("211324########"),
        };
    }
}
