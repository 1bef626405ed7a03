using Yaojian.Cli.Tests.Infrastructure;

namespace Yaojian.Cli.Tests.Planning;

/// <summary>
/// <c>plan generate</c> run four times on <see cref="KazuoRegistry"/> with plans/kazuo-2025.yaml, once for all of
/// <see cref="PlanGenerateTests"/>: twice the same (seed 20250101 with history), once with another seed, once
/// without a history file.
/// </summary>
public sealed class GeneratedKazuoPlans : IAsyncLifetime
{
    public const long Seed = 20250101;

    public TempFolder Folder { get; } = new();

    public KazuoRegistry Registry { get; } = KazuoRegistry.Create();

    public CliResult First { get; private set; } = null!;

    public CliResult Again { get; private set; } = null!;

    public CliResult OtherSeed { get; private set; } = null!;

    public CliResult NoHistory { get; private set; } = null!;

    public string FirstFile => Folder.File("first.csv");

    public string AgainFile => Folder.File("again.csv");

    public string OtherSeedFile => Folder.File("other-seed.csv");

    public string NoHistoryFile => Folder.File("no-history.csv");

    public async ValueTask InitializeAsync()
    {
        RegistryFiles.WriteEntities(Folder.File("entities.csv"), Registry.Entities);
        RegistryFiles.WriteInspectors(Folder.File("inspectors.csv"), Registry.Inspectors);
        RegistryFiles.WriteHistory(Folder.File("history.csv"), Registry.History());
        var runs = await Task.WhenAll(
            Generate(Seed, "first.csv", withHistory: true),
            Generate(Seed, "again.csv", withHistory: true),
            Generate(Seed + 1, "other-seed.csv", withHistory: true),
            Generate(Seed, "no-history.csv", withHistory: false));
        (First, Again, OtherSeed, NoHistory) = (runs[0], runs[1], runs[2], runs[3]);
    }

    public ValueTask DisposeAsync()
    {
        Folder.Dispose();
        return ValueTask.CompletedTask;
    }

    private Task<CliResult> Generate(long seed, string output, bool withHistory)
    {
        List<string> args =
        [
            "plan", "generate", "--plan", PlanFiles.PathOf(PlanFiles.Kazuo), "--entities", "entities.csv",
            "--inspectors", "inspectors.csv", "--year", "2025", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", output,
        ];
        if (withHistory)
        {
            args.AddRange(["--history", "history.csv"]);
        }

        return YaojianCli.RunAsync(Folder.Path, args, CancellationToken.None);
    }
}
