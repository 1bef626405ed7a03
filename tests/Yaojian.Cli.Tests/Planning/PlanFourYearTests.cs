using System.Globalization;
using Yaojian.Cli.Tests.Infrastructure;

namespace Yaojian.Cli.Tests.Planning;

/// <summary>
/// Four years of plans/kazuo-2025.yaml (2025–2028), each year's visits appended to the history the next year reads,
/// as a bureau would run it: KZ-M-2.1 asks that at least 25% of the tier-1 device operators be drawn each year and
/// every one of them be inspected within four years.
/// </summary>
public sealed class PlanFourYearTests(ITestOutputHelper log) : IDisposable
{
    private const string TierOneRule = "kz-m-2-1-device-tier-1";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task OverFourYearsEveryTierOneOperatorIsInspectedAndAQuarterIsDrawnEachYear()
    {
        var registry = KazuoRegistry.Create(seed: 7);
        var tierOne = registry.ActiveTierOneOperators;
        var history = StartingHistory(registry, tierOne);
        RegistryFiles.WriteEntities(_folder.File("entities.csv"), registry.Entities);
        RegistryFiles.WriteInspectors(_folder.File("inspectors.csv"), registry.Inspectors);
        var inspected = new HashSet<string>(StringComparer.Ordinal);
        var quota = (int)Math.Ceiling(tierOne.Count * 0.25);

        for (var year = 2025; year <= 2028; year++)
        {
            RegistryFiles.WriteHistory(_folder.File("history.csv"), history);
            var output = string.Create(CultureInfo.InvariantCulture, $"visits-{year}.csv");
            var run = await YaojianCli.RunAsync(_folder.Path,
                "plan", "generate", "--plan", PlanFiles.PathOf(PlanFiles.Kazuo), "--entities", "entities.csv",
                "--inspectors", "inspectors.csv", "--history", "history.csv",
                "--year", year.ToString(CultureInfo.InvariantCulture), "--seed", year.ToString(CultureInfo.InvariantCulture), "--out", output);
            Assert.True(run.ExitCode == 0, $"{year}: {run}");

            var visits = VisitRow.Read(_folder.File(output));
            Assert.All(visits, v => Assert.Equal(year, v.Start.Year));
            var drawn = visits.Where(v => v.RuleIds.Contains(TierOneRule)).Select(v => v.EntityCode).ToHashSet(StringComparer.Ordinal);
            Assert.True(drawn.Count >= quota, $"{year}: {drawn.Count} of {tierOne.Count} tier-1 operators drawn, fewer than 25% ({quota})");
            Assert.Subset(tierOne.ToHashSet(StringComparer.Ordinal), drawn);
            var before = tierOne.Count(inspected.Contains);
            inspected.UnionWith(visits.Select(v => v.EntityCode));
            log.WriteLine($"{year}: {visits.Count} visits; {drawn.Count} of {tierOne.Count} tier-1 operators drawn, " +
                $"{tierOne.Count(inspected.Contains) - before} of them for the first time since 2025");
            history.AddRange(visits.Select(v => new PastVisit(v.EntityCode, v.WindowStart)));
        }

        var missed = tierOne.Where(code => !inspected.Contains(code)).ToList();
        Assert.True(missed.Count == 0, $"{missed.Count} tier-1 operators not inspected in 2025–2028: {string.Join(", ", missed)}");
    }

    /// <summary>
    /// The tier-1 operators last inspected in 2022, 2023 or 2024, or never, a quarter each; the other entities as
    /// <see cref="KazuoRegistry.History"/> has them.
    /// </summary>
    private static List<PastVisit> StartingHistory(KazuoRegistry registry, IReadOnlyList<string> tierOne)
    {
        var tierOneSet = tierOne.ToHashSet(StringComparer.Ordinal);
        var history = registry.History().Where(h => !tierOneSet.Contains(h.EntityCode)).ToList();
        for (var i = 0; i < tierOne.Count; i++)
        {
            if (i % 4 < 3)
            {
                history.Add(new PastVisit(tierOne[i], string.Create(CultureInfo.InvariantCulture, $"{2022 + (i % 4)}-0{1 + (i % 9)}-1{i % 10}")));
            }
        }

        return history;
    }
}
