using System.Text.RegularExpressions;
using Yaojian.Cli.Tests.Infrastructure;

namespace Yaojian.Cli.Tests.Planning;

/// <summary>
/// <c>yaojian plan generate</c> on a small registry for plans/kazuo-2025.yaml (<see cref="GeneratedKazuoPlans"/>):
/// the visits file's shape, the draw of inspectors, and that the same inputs and seed give the same bytes.
/// </summary>
public sealed partial class PlanGenerateTests(GeneratedKazuoPlans plans) : IClassFixture<GeneratedKazuoPlans>
{
    [Fact]
    public void EveryRunExitsZeroAndSaysWhatItWrote()
    {
        foreach (var (run, file) in new[] { (plans.First, "first.csv"), (plans.Again, "again.csv"), (plans.OtherSeed, "other-seed.csv"), (plans.NoHistory, "no-history.csv") })
        {
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(string.Empty, run.Stderr);
            Assert.Contains(file, run.Stdout, StringComparison.Ordinal);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", run.Stdout);
        }
    }

    [Fact]
    public void TheHeaderIsExactlyTheVisitColumns()
    {
        var first = File.ReadLines(plans.FirstFile).First();

        Assert.Equal("entity_code,rule_ids,window_start,window_end,unit,inspectors", first);
    }

    [Fact]
    public void EveryWindowIsAnIsoDateRangeInsideThePlanYear()
    {
        var visits = VisitRow.Read(plans.FirstFile);

        Assert.NotEmpty(visits);
        Assert.All(visits, v =>
        {
            Assert.Matches(IsoDate(), v.WindowStart);
            Assert.Matches(IsoDate(), v.WindowEnd);
            Assert.True(v.Start <= v.End, $"{v.EntityCode}: {v.WindowStart} after {v.WindowEnd}");
            Assert.Equal(2025, v.Start.Year);
            Assert.Equal(2025, v.End.Year);
        });
    }

    [Fact]
    public void EveryVisitNamesKnownEntitiesRulesAndUnits()
    {
        var visits = VisitRow.Read(plans.FirstFile);
        var entities = plans.Registry.Entities.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(visits, v =>
        {
            Assert.Contains(v.EntityCode, entities);
            Assert.Contains(v.Unit, KazuoRegistry.Units);
            Assert.NotEmpty(v.RuleIds);
            Assert.All(v.RuleIds, r => Assert.StartsWith("kz-", r, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void EveryVisitHasTwoOrMoreInspectorsOfItsUnitNoneInConflict()
    {
        var visits = VisitRow.Read(plans.FirstFile);
        var inspectors = plans.Registry.Inspectors.ToDictionary(i => i.Code, StringComparer.Ordinal);

        Assert.All(visits, v =>
        {
            Assert.True(v.Inspectors.Count >= 2, $"{v.EntityCode}: {v.Inspectors.Count} inspectors");
            Assert.Equal(v.Inspectors.Count, v.Inspectors.Distinct(StringComparer.Ordinal).Count());
            Assert.All(v.Inspectors, code =>
            {
                Assert.True(inspectors.TryGetValue(code, out var inspector), $"{v.EntityCode}: unknown inspector {code}");
                Assert.Equal(v.Unit, inspector.Unit);
                Assert.DoesNotContain(v.EntityCode, inspector.Conflicts);
            });
        });
    }

    [Fact]
    public void TheOperatorTwoDeviceOfficeInspectorsMustAvoidGetsTheOtherTwo()
    {
        var visits = VisitRow.Read(plans.FirstFile).Where(v => v.EntityCode == KazuoRegistry.DoublyConflicted && v.Unit == "device-office").ToList();

        Assert.NotEmpty(visits);
        Assert.All(visits, v => Assert.Equal(["INS-device-office-3", "INS-device-office-4"], v.Inspectors.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void GeneratingTwiceWritesTheSameBytes() =>
        Assert.Equal(File.ReadAllBytes(plans.FirstFile), File.ReadAllBytes(plans.AgainFile));

    [Fact]
    public void AnotherSeedWritesAnotherPlan() =>
        Assert.NotEqual(File.ReadAllBytes(plans.FirstFile), File.ReadAllBytes(plans.OtherSeedFile));

    [Fact]
    public void TheHistoryFileIsOptional()
    {
        Assert.True(plans.NoHistory.ExitCode == 0, plans.NoHistory.ToString());
        var visits = VisitRow.Read(plans.NoHistoryFile);

        // Without history no tier-1 operator is known to have been inspected, so every one is due this year.
        var drawn = visits.Where(v => v.RuleIds.Contains("kz-m-2-1-device-tier-1")).Select(v => v.EntityCode).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(plans.Registry.ActiveTierOneOperators.ToHashSet(StringComparer.Ordinal), drawn);
    }

    [Fact]
    public void NothingButTheOutputFilesIsLeftInTheFolder() =>
        Assert.Equal(
            ["again.csv", "entities.csv", "first.csv", "history.csv", "inspectors.csv", "no-history.csv", "other-seed.csv"],
            plans.Folder.FileNames());

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
