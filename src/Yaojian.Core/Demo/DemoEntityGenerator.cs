using System.Globalization;
using Bogus;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Demo;

/// <summary>
/// Generates a realistic county's entities (Chinese names and addresses, valid credit codes, licences, pharmacists,
/// credit-grade history) from a seed, so the same seed always gives the same county.
/// </summary>
public sealed class DemoEntityGenerator(int seed, DateOnly today)
{
    private readonly Faker _faker = new("zh_CN") { Random = new Randomizer(seed) };

    public IEnumerable<RegulatedEntity> Generate(int total, IReadOnlyDictionary<string, int> unitIds, bool withDetails, int firstNumber = 1)
    {
        var chainTrades = new[] { DemoNames.TradeName(_faker), DemoNames.TradeName(_faker) };
        var number = firstNumber - 1;
        foreach (var (kind, count) in DemoKindMix.For(total))
        {
            for (var i = 0; i < count; i++)
            {
                number++;
                yield return One(kind, number, unitIds, _faker.PickRandom(chainTrades), withDetails);
            }
        }
    }

    private RegulatedEntity One(EntityKind kind, int number, IReadOnlyDictionary<string, int> unitIds, string chainTrade, bool withDetails)
    {
        var f = _faker;
        var township = f.PickRandom(DemoJurisdiction.Townships.ToList());
        var name = DemoNames.For(kind, f, township.Name, chainTrade);
        var village = f.Random.Bool(0.5f) && township.SeatArea == AreaClass.Rural;
        var entity = new RegulatedEntity
        {
            Code = string.Create(CultureInfo.InvariantCulture, $"KZ{number:D7}"),
            Name = name,
            Uscc = kind is EntityKind.VaccinationUnit && name.Contains("临时", StringComparison.Ordinal)
                ? null
                : DemoCodes.Uscc(f.Random, UsccCategory(kind, name), DemoJurisdiction.DivisionCode),
            Kind = kind,
            UnitId = unitIds[ResponsibleUnit(kind, township)],
            Area = village ? AreaClass.Rural : township.SeatArea == AreaClass.Urban && f.Random.Bool(0.15f) ? AreaClass.Fringe : township.SeatArea,
            Status = f.Random.WeightedRandom(
                [EntityStatus.Active, EntityStatus.LostContact, EntityStatus.Zombie, EntityStatus.Closed, EntityStatus.Revoked],
                [0.92f, 0.03f, 0.02f, 0.025f, 0.005f]),
            Tags = DemoTags.For(kind, f, name),
            DeviceTier = kind == EntityKind.DeviceOperator ? (f.Random.Bool(0.2f) ? DeviceTier.Level2 : DeviceTier.Level1) : null,
            Township = township.Name,
            Address = village
                ? $"{DemoJurisdiction.CountyName}{township.Name}{f.Name.LastName()}家{f.PickRandom("村", "营子村", "杖子村")}{f.Random.Int(1, 12)}组"
                : $"{DemoJurisdiction.CountyName}{township.Name}{f.PickRandom("利州路", "兴隆街", "建设路", "大城子街", "文化路", "新华路", "人民路")}{f.Random.Int(1, 399)}号",
            LegalRepresentative = DemoNames.Person(f),
            ContactPhone = DemoCodes.Phone(f.Random),
        };
        if (IsGraded(kind))
        {
            entity.CreditGrade = f.Random.WeightedRandom([CreditGrade.A, CreditGrade.B, CreditGrade.C, CreditGrade.D], [0.3f, 0.45f, 0.18f, 0.07f]);
        }

        if (withDetails)
        {
            DemoDetails.Add(entity, f, today);
        }

        return entity;
    }

    /// <summary>Drug and device enterprises carry a safety credit grade; medical institutions do not.</summary>
    private static bool IsGraded(EntityKind kind) => kind is EntityKind.RetailPharmacy or EntityKind.ChainHq or EntityKind.ChainStore
        or EntityKind.FranchiseStore or EntityKind.Wholesaler or EntityKind.Manufacturer or EntityKind.VaccineDistributor
        or EntityKind.OnlineSeller or EntityKind.DeviceOperator;

    private static string UsccCategory(EntityKind kind, string name) => kind switch
    {
        EntityKind.Cdc or EntityKind.TownshipHealthCenter or EntityKind.CommunityHealthCenter or EntityKind.VaccinationUnit => "12",
        EntityKind.Clinic or EntityKind.RetailPharmacy when !name.Contains("有限公司", StringComparison.Ordinal) => "92",
        EntityKind.Hospital when name.Contains("中医", StringComparison.Ordinal) => "12",
        _ => "91",
    };

    /// <summary>County-level enterprises belong to the squad or office; everything else to its township's station.</summary>
    private static string ResponsibleUnit(EntityKind kind, DemoTownship township) => kind switch
    {
        EntityKind.Manufacturer or EntityKind.Wholesaler or EntityKind.VaccineDistributor or EntityKind.ChainHq
            or EntityKind.OnlineSeller or EntityKind.InternetInfoService => DemoJurisdiction.DrugSquad,
        EntityKind.Cdc => DemoJurisdiction.DrugOffice,
        _ => township.StationCode,
    };
}
