using System.Globalization;
using Bogus;
using Yaojian.Core.Demo;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Benchmarks.Planning;

/// <summary>
/// A big city's registry for the plan engine, made from a seed in a few seconds: the demo county's kind mix
/// (<see cref="DemoKindMix"/>), credit grades, device tiers, statuses and tags with the demo generator's odds, spread
/// over the city's 50 stations (county-level enterprises with the drug squad, CDCs with the drug office); inspectors
/// spread over the units with a few declared conflicts each; and about three years of inspection history.
/// </summary>
public sealed class CityRegistry
{
    public const int Seed = 2025;

    /// <summary>The scale: a million entities and five thousand inspectors.</summary>
    public const int DefaultEntities = 1_000_000;

    public const int DefaultInspectors = 5_000;

    /// <summary>Entities with some history (the rest are new or were never inspected).</summary>
    private const double WithHistory = 0.9;

    /// <summary>For an entity with history, the chance it was inspected in a given past year.</summary>
    private const double InspectedInAYear = 0.75;

    private static readonly EntityKind[] CountyLevel =
    [
        EntityKind.Manufacturer, EntityKind.Wholesaler, EntityKind.VaccineDistributor, EntityKind.ChainHq,
        EntityKind.OnlineSeller, EntityKind.InternetInfoService,
    ];

    /// <summary>Inspectors of the offices and squads; the stations share the rest by their number of entities.</summary>
    private static readonly (string Unit, int PerFiveThousand)[] OfficeStaff =
    [
        ("device-office", 300), ("drug-squad", 250), ("drug-office", 100), ("enforcement-team", 60),
        ("online-office", 30), ("licensing-office", 20), ("adr-department", 10), ("publicity-office", 10),
    ];

    private CityRegistry(List<PlanEntity> entities, List<PlanInspector> inspectors, List<PastInspection> history)
    {
        Entities = entities;
        Inspectors = inspectors;
        History = history;
    }

    public IReadOnlyList<PlanEntity> Entities { get; }

    public IReadOnlyList<PlanInspector> Inspectors { get; }

    /// <summary>Past inspections in the three years before <see cref="CityPlans.Year"/>, by entity then date.</summary>
    public IReadOnlyList<PastInspection> History { get; }

    public static CityRegistry Generate(int entityCount = DefaultEntities, int inspectorCount = DefaultInspectors)
    {
        var random = new Random(Seed);
        var faker = new Faker("zh_CN") { Random = new Randomizer(Seed) };
        var stations = CityPlans.Units.Where(u => u.Kind == OrgUnitKind.Station).Select(u => u.Code).ToArray();

        // A big city's stations differ in size: from half to one and a half times the average.
        var cumulative = new double[stations.Length];
        var total = 0.0;
        for (var i = 0; i < stations.Length; i++)
        {
            total += 0.5 + random.NextDouble();
            cumulative[i] = total;
        }

        var entities = new List<PlanEntity>(entityCount);
        var number = 0;
        foreach (var (kind, count) in DemoKindMix.For(entityCount))
        {
            for (var i = 0; i < count; i++)
            {
                number++;
                var unit = CountyLevel.Contains(kind) ? "drug-squad"
                    : kind == EntityKind.Cdc ? "drug-office"
                    : Pick(stations, cumulative, random);
                entities.Add(new PlanEntity(
                    CodeOf(number), kind, unit, Area(unit, random), Grade(kind, random),
                    kind == EntityKind.DeviceOperator ? (random.NextDouble() < 0.2 ? DeviceTier.Level2 : DeviceTier.Level1) : null,
                    Status(random), CityTags.For(kind, faker, random)));
            }
        }

        var inspectors = MakeInspectors(entities, stations, inspectorCount, random);
        var history = new List<PastInspection>((int)(entityCount * WithHistory * 3 * InspectedInAYear * 1.05));
        foreach (var entity in entities)
        {
            if (random.NextDouble() >= WithHistory)
            {
                continue;
            }

            for (var year = CityPlans.Year - 3; year < CityPlans.Year; year++)
            {
                if (random.NextDouble() < InspectedInAYear)
                {
                    history.Add(new PastInspection(entity.Code, new DateOnly(year, 1, 1).AddDays(random.Next(365))));
                }
            }
        }

        return new CityRegistry(entities, inspectors, history);
    }

    public static string CodeOf(int number) => string.Create(CultureInfo.InvariantCulture, $"CY{number:D7}");

    private static List<PlanInspector> MakeInspectors(List<PlanEntity> entities, string[] stations, int count, Random random)
    {
        var byUnit = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!byUnit.TryGetValue(entity.Unit, out var codes))
            {
                byUnit[entity.Unit] = codes = [];
            }

            codes.Add(entity.Code);
        }

        var staff = OfficeStaff.Select(o => (o.Unit, Count: o.PerFiveThousand * count / 5_000)).ToList();
        var left = count - staff.Sum(s => s.Count);
        var stationEntities = stations.Sum(s => byUnit.GetValueOrDefault(s)?.Count ?? 0);
        var shares = stations.Select(s => (Unit: s, Exact: (double)left * (byUnit.GetValueOrDefault(s)?.Count ?? 0) / stationEntities)).ToList();
        var counts = shares.Select(s => Math.Max(2, (int)s.Exact)).ToArray();
        foreach (var i in Enumerable.Range(0, stations.Length).OrderByDescending(i => shares[i].Exact - (int)shares[i].Exact).Take(Math.Max(0, left - counts.Sum())))
        {
            counts[i]++;
        }

        staff.AddRange(stations.Select((s, i) => (s, counts[i])));
        var inspectors = new List<PlanInspector>(count);
        foreach (var (unit, size) in staff)
        {
            // Conflicts name entities of the inspector's own unit, where they matter; an office's, any entity.
            var pool = byUnit.GetValueOrDefault(unit) ?? entities.Select(e => e.Code).Where((_, i) => i % 97 == 0).ToList();
            for (var i = 0; i < size; i++)
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"INS{inspectors.Count + 1:D5}");
                var conflicts = Enumerable.Range(0, random.Next(5)).Select(_ => pool[random.Next(pool.Count)]).ToHashSet(StringComparer.Ordinal);
                inspectors.Add(new PlanInspector(code, CityNames.Person(random), unit, conflicts));
            }
        }

        return inspectors;
    }

    private static string Pick(string[] items, double[] cumulative, Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return items[Math.Min(items.Length - 1, index >= 0 ? index : ~index)];
    }

    private static AreaClass Area(string unit, Random random)
    {
        if (!unit.EndsWith("-station", StringComparison.Ordinal) && !unit.StartsWith("station-", StringComparison.Ordinal))
        {
            var roll = random.NextDouble();
            return roll < 0.5 ? AreaClass.Urban : roll < 0.75 ? AreaClass.Fringe : AreaClass.Rural;
        }

        // As the demo generator: some urban businesses sit on the fringe, half of a rural station's are in villages.
        return CityStations.AreaOf(unit) switch
        {
            AreaClass.Urban => random.NextDouble() < 0.15 ? AreaClass.Fringe : AreaClass.Urban,
            AreaClass.Fringe => random.NextDouble() < 0.3 ? AreaClass.Rural : AreaClass.Fringe,
            AreaClass.Rural => AreaClass.Rural,
        };
    }

    /// <summary>The demo generator's odds: drug and device enterprises carry a grade, medical institutions do not.</summary>
    private static CreditGrade? Grade(EntityKind kind, Random random)
    {
        if (kind is not (EntityKind.RetailPharmacy or EntityKind.ChainHq or EntityKind.ChainStore or EntityKind.FranchiseStore
            or EntityKind.Wholesaler or EntityKind.Manufacturer or EntityKind.VaccineDistributor or EntityKind.OnlineSeller
            or EntityKind.DeviceOperator))
        {
            return null;
        }

        var roll = random.NextDouble();
        return roll < 0.3 ? CreditGrade.A : roll < 0.75 ? CreditGrade.B : roll < 0.93 ? CreditGrade.C : CreditGrade.D;
    }

    /// <summary>The demo generator's odds: 92% active, 3% lost contact, 2% zombie, 2.5% closed, 0.5% revoked.</summary>
    private static EntityStatus Status(Random random)
    {
        var roll = random.NextDouble();
        return roll < 0.92 ? EntityStatus.Active
            : roll < 0.95 ? EntityStatus.LostContact
            : roll < 0.97 ? EntityStatus.Zombie
            : roll < 0.995 ? EntityStatus.Closed
            : EntityStatus.Revoked;
    }
}
