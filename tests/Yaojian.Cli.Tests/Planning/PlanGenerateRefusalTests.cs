using Yaojian.Cli.Tests.Infrastructure;

namespace Yaojian.Cli.Tests.Planning;

/// <summary>
/// <c>yaojian plan generate</c> with one bad input: exit code 2, a Chinese reason on standard error naming the file,
/// the row and the column (or the option, or the unit), and no output file at all; and the one input that is noted
/// rather than refused (dormant entities the plan leaves unvisited).
/// </summary>
public sealed class PlanGenerateRefusalTests : IDisposable
{
    private const string Output = "visits.csv";

    private readonly TempFolder _folder = new();
    private readonly KazuoRegistry _registry = KazuoRegistry.Create();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AnEntityOfAUnitThePlanDoesNotHaveIsRefused()
    {
        var run = await GenerateAsync(entities: EntitiesWithAnUnknownUnit());

        AssertRefused(run, "entities.csv:5:unit: ", "no-such-station");
    }

    [Fact]
    public async Task AnInspectorOfAUnitThePlanDoesNotHaveIsRefused()
    {
        var run = await GenerateAsync(inspectors: InspectorsWithAnUnknownUnit());

        AssertRefused(run, "inspectors.csv:8:unit: ", "ghost-office");
    }

    [Fact]
    public async Task AConflictNamingAnEntityNotInTheRegistryIsRefused()
    {
        var inspectors = _registry.Inspectors.ToList();
        inspectors[2] = inspectors[2] with { Conflicts = ["KZ99999"] };

        var run = await GenerateAsync(inspectors: inspectors);

        AssertRefused(run, "inspectors.csv:4:conflicts: ", "KZ99999");
    }

    [Fact]
    public async Task AHistoryRowWithAnImpossibleDateIsRefused()
    {
        var run = await GenerateAsync(history: HistoryWithAnImpossibleDate());

        AssertRefused(run, "history.csv:11:date: ", "2024-02-30");
    }

    [Fact]
    public async Task AHistoryRowOfAnEntityNotInTheRegistryIsRefused()
    {
        var history = _registry.History().Append(new PastVisit("KZ99999", "2024-05-20")).ToList();

        var run = await GenerateAsync(history: history);

        AssertRefused(run, $"history.csv:{history.Count + 1}:entity_code: ", "KZ99999");
    }

    [Fact]
    public async Task AUnitWithoutEnoughInspectorsIsRefusedNamingTheUnit()
    {
        // Two of the device office's four inspectors are in conflict for KZ00001; with the fourth gone one is left.
        var inspectors = _registry.Inspectors.Where(i => i.Code != "INS-device-office-4").ToList();

        var run = await GenerateAsync(inspectors: inspectors);

        AssertRefused(run, "inspectors.csv: ", "device-office");
        Assert.Contains("检查员", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(KazuoRegistry.DoublyConflicted, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LostAndZombieEntitiesNoRuleSelects_AreNotedOnStandardError_AndThePlanIsStillWritten()
    {
        // Kazuo's clean-up campaign (KZ-M-2.2) takes device operators only: a lost pharmacy and a zombie clinic are left out.
        var entities = _registry.Entities.ToList();
        var pharmacy = entities.First(e => e.Kind == "retail_pharmacy");
        var clinic = entities.First(e => e.Kind == "clinic");
        var operatorIndex = entities.FindIndex(e => e.Kind == "device_operator");
        entities[entities.IndexOf(pharmacy)] = pharmacy with { Status = "lost_contact" };
        entities[entities.IndexOf(clinic)] = clinic with { Status = "zombie" };
        entities[operatorIndex] = entities[operatorIndex] with { Status = "lost_contact" };

        var run = await GenerateAsync(entities: entities);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(_folder.File(Output)), run.ToString());
        var notice = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2 户", notice, StringComparison.Ordinal);
        Assert.Contains(string.Join("、", new[] { pharmacy.Code, clinic.Code }.Order(StringComparer.Ordinal)), notice, StringComparison.Ordinal);
        Assert.DoesNotContain(entities[operatorIndex].Code, notice, StringComparison.Ordinal);
        Assert.DoesNotContain(pharmacy.Code, File.ReadAllText(_folder.File(Output)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadEntityFileIsReportedAloneThoughTheHistoryIsReadAlongsideIt()
    {
        var run = await GenerateAsync(entities: EntitiesWithAnUnknownUnit(), history: HistoryWithAnImpossibleDate());

        AssertRefused(run, "entities.csv:5:unit: ", "no-such-station");
        Assert.DoesNotContain("history.csv", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInspectorsErrorsComeBeforeTheHistoryErrors()
    {
        var run = await GenerateAsync(inspectors: InspectorsWithAnUnknownUnit(), history: HistoryWithAnImpossibleDate());

        AssertRefused(run, "inspectors.csv:8:unit: ", "ghost-office");
        AssertRefused(run, "history.csv:11:date: ", "2024-02-30");
        Assert.True(
            run.Stderr.IndexOf("inspectors.csv:8:", StringComparison.Ordinal) < run.Stderr.IndexOf("history.csv:11:", StringComparison.Ordinal),
            run.ToString());
    }

    [Theory]
    [InlineData("--plan")]
    [InlineData("--entities")]
    [InlineData("--inspectors")]
    [InlineData("--year")]
    [InlineData("--seed")]
    [InlineData("--out")]
    public async Task AMissingRequiredOptionIsAUsageErrorNamingTheOption(string option)
    {
        var run = await GenerateAsync(leaveOut: option);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", run.Stderr);
        Assert.DoesNotContain(_folder.FileNames(), f => f.StartsWith(Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheMissingOptionMessageItselfIsChinese()
    {
        var run = await GenerateAsync(leaveOut: "--seed");

        var line = run.Stderr.Split('\n').First(l => l.Contains("--seed", StringComparison.Ordinal));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", line);
    }

    [Fact]
    public async Task AnExistingOutputFileIsLeftAsItWasWhenTheInputsAreRefused()
    {
        File.WriteAllText(_folder.File(Output), "last year's plan\n");
        var inspectors = _registry.Inspectors.Where(i => i.Unit != "device-office").ToList();

        var run = await GenerateAsync(inspectors: inspectors);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("last year's plan\n", File.ReadAllText(_folder.File(Output)));
        Assert.DoesNotContain(_folder.FileNames(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOutputFolderThatDoesNotExistIsRefusedNamingIt()
    {
        var run = await GenerateAsync(output: "no-such-folder/visits.csv");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no-such-folder", run.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", run.Stderr);
        Assert.DoesNotContain("Unhandled", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.File("no-such-folder")));
    }

    /// <summary>The registry with its 4th entity (line 5) in a unit the plan does not have.</summary>
    private List<TestEntity> EntitiesWithAnUnknownUnit()
    {
        var entities = _registry.Entities.ToList();
        entities[3] = entities[3] with { Unit = "no-such-station" };
        return entities;
    }

    /// <summary>The inspectors with the 7th (line 8) in a unit the plan does not have.</summary>
    private List<TestInspector> InspectorsWithAnUnknownUnit()
    {
        var inspectors = _registry.Inspectors.ToList();
        inspectors[6] = inspectors[6] with { Unit = "ghost-office" };
        return inspectors;
    }

    /// <summary>The history with its 10th row (line 11) on 30 February.</summary>
    private List<PastVisit> HistoryWithAnImpossibleDate()
    {
        var history = _registry.History().ToList();
        history[9] = history[9] with { Date = "2024-02-30" };
        return history;
    }

    /// <summary>
    /// Exit code 2; a line of standard error starting with <paramref name="location"/> (file:row:column) that quotes
    /// the <paramref name="culprit"/> and says why in Chinese (the wording itself is the resources' to change); no
    /// output file.
    /// </summary>
    private void AssertRefused(CliResult run, string location, string culprit)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        var line = run.Stderr.Split('\n').FirstOrDefault(l => l.StartsWith(location, StringComparison.Ordinal));
        Assert.True(line is not null, $"no line starting '{location}' in\n{run}");
        Assert.Contains(culprit, line, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", line[location.Length..]);
        Assert.DoesNotContain(_folder.FileNames(), f => f.StartsWith(Output, StringComparison.Ordinal));
    }

    private Task<CliResult> GenerateAsync(
        IEnumerable<TestEntity>? entities = null, IEnumerable<TestInspector>? inspectors = null,
        IEnumerable<PastVisit>? history = null, string? leaveOut = null, string output = Output)
    {
        RegistryFiles.WriteEntities(_folder.File("entities.csv"), entities ?? _registry.Entities);
        RegistryFiles.WriteInspectors(_folder.File("inspectors.csv"), inspectors ?? _registry.Inspectors);
        RegistryFiles.WriteHistory(_folder.File("history.csv"), history ?? _registry.History());
        (string Option, string Value)[] options =
        [
            ("--plan", PlanFiles.PathOf(PlanFiles.Kazuo)), ("--entities", "entities.csv"), ("--inspectors", "inspectors.csv"),
            ("--history", "history.csv"), ("--year", "2025"), ("--seed", "20250101"), ("--out", output),
        ];
        var args = new List<string> { "plan", "generate" };
        foreach (var (option, value) in options.Where(o => o.Option != leaveOut))
        {
            args.Add(option);
            args.Add(value);
        }

        return YaojianCli.RunAsync(_folder.Path, args, TestContext.Current.CancellationToken);
    }
}
