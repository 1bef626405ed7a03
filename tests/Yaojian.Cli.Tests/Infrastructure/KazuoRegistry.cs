using System.Globalization;

namespace Yaojian.Cli.Tests.Infrastructure;

/// <summary>
/// A small county for plans/kazuo-2025.yaml, made from a seed: every kind its rules, milestones and campaigns look at
/// (device operators of both tiers, lost and closed ones, level-2 hospitals, CDCs, vaccination units, wholesalers
/// with special drugs), spread over the plan's stations; four inspectors in each of its 16 units, some with declared
/// conflicts — two of the device office's four for one operator, so only the other two can go there.
/// </summary>
public sealed class KazuoRegistry
{
    public const int TierOneOperators = 80;

    /// <summary>The device operator that two of the device office's four inspectors must not inspect.</summary>
    public const string DoublyConflicted = "KZ00001";

    public static readonly IReadOnlyList<string> Stations =
    [
        "dachengzi-station", "nangongyingzi-station", "gongyingzi-station", "zhongsanjia-station",
        "pingfangzi-station", "ganzhao-station", "baitazi-station", "kundu-station",
    ];

    public static readonly IReadOnlyList<string> Units =
    [
        "drug-office", "licensing-office", "drug-squad", "device-office", "enforcement-team", "adr-department",
        "online-office", "publicity-office", .. Stations,
    ];

    private static readonly string[] Areas = ["urban", "fringe", "rural"];
    private static readonly string[] Grades = ["A", "B", "C", "D"];

    private readonly List<TestEntity> _entities = [];
    private readonly Random _random;

    private KazuoRegistry(int seed)
    {
        _random = new Random(seed);
        Add(TierOneOperators, n => Device(n, "1", "active"));
        Add(24, n => Device(n, "2", "active"));
        Add(4, n => Device(n, "1", "lost_contact"));
        Add(2, n => Device(n, "2", "zombie"));
        Add(2, n => Device(n, "1", "closed"));
        Add(12, n => new TestEntity(n, $"测试县第{n}医院", "hospital", Station(), Area(), Tags: n.EndsWith('0') || n.EndsWith('5') ? "public;special_drugs" : "level2_plus;public"));
        Add(2, n => new TestEntity(n, $"测试县疾病预防控制中心{n}", "cdc", "drug-office", "urban", Tags: "public;vaccines;cold_chain"));
        Add(10, n => new TestEntity(n, $"测试县预防接种门诊{n}", "vaccination_unit", Station(), Area(), Tags: "public;vaccines;cold_chain"));
        Add(6, n => new TestEntity(n, $"测试医药有限公司{n}", "wholesaler", "drug-squad", "urban", Grade(), Tags: _random.Next(2) == 0 ? "special_drugs;cold_chain" : "blood_products"));
        Add(40, n => new TestEntity(n, $"测试大药房{n}", "retail_pharmacy", Station(), Area(), Grade(), Tags: "special_compound"));
        Add(20, n => new TestEntity(n, $"测试诊所{n}", "clinic", Station(), Area()));
        Inspectors = MakeInspectors();
    }

    public IReadOnlyList<TestEntity> Entities => _entities;

    public IReadOnlyList<TestInspector> Inspectors { get; }

    /// <summary>The device operators of tier 1 that the plan's random-share rule covers (status active).</summary>
    public IReadOnlyList<string> ActiveTierOneOperators =>
        _entities.Where(e => e is { Kind: "device_operator", Tier: "1", Status: "active" }).Select(e => e.Code).ToList();

    public static KazuoRegistry Create(int seed = 2025) => new(seed);

    /// <summary>A past inspection for most entities over 2023–2024, as a bureau's records would hold.</summary>
    public IReadOnlyList<PastVisit> History() =>
        _entities.Select((e, i) => (e, i))
            .Where(p => p.i % 3 != 0)
            .SelectMany(p => p.i % 5 == 0
                ? new[] { new PastVisit(p.e.Code, "2023-06-01"), new PastVisit(p.e.Code, Date(2024, p.i)) }
                : [new PastVisit(p.e.Code, Date(2024, p.i))])
            .ToList();

    private static string Date(int year, int index) =>
        new DateOnly(year, (index % 12) + 1, 15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Add(int count, Func<string, TestEntity> make)
    {
        for (var i = 0; i < count; i++)
        {
            _entities.Add(make(string.Create(CultureInfo.InvariantCulture, $"KZ{_entities.Count + 1:D5}")));
        }
    }

    private TestEntity Device(string code, string tier, string status) =>
        new(code, $"测试医疗器械经营部{code}", "device_operator", Station(), Area(), Grade(), tier, status);

    private string Station() => Stations[_random.Next(Stations.Count)];

    private string Area() => Areas[_random.Next(Areas.Length)];

    private string Grade() => Grades[_random.Next(Grades.Length)];

    private List<TestInspector> MakeInspectors()
    {
        var inspectors = new List<TestInspector>();
        foreach (var unit in Units)
        {
            var own = _entities.Where(e => e.Unit == unit).Select(e => e.Code).ToList();
            for (var n = 1; n <= 4; n++)
            {
                var conflicts = unit switch
                {
                    "device-office" when n <= 2 => [DoublyConflicted, .. _entities.Where(e => e.Kind == "device_operator").Skip(n * 7).Take(3).Select(e => e.Code)],
                    _ when n == 1 && own.Count > 0 => own.Take(2).ToList(),
                    _ => new List<string>(),
                };
                inspectors.Add(new TestInspector(string.Create(CultureInfo.InvariantCulture, $"INS-{unit}-{n}"), $"检查员{unit}{n}", unit, conflicts));
            }
        }

        return inspectors;
    }
}
