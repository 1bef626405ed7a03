using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Yaojian.Cli.Database;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Demo;

namespace Yaojian.Cli.Demo;

/// <summary><c>yaojian demo --entities N [--seed S]</c>: adds generated entities of the demo county, creating its units.</summary>
internal static class DemoCommand
{
    public const int MaxEntities = 1_000_000;
    public const int DefaultSeed = 2025;

    public static Command Create()
    {
        var entities = new Option<int>("--entities")
        {
            Description = CliOutput.Format(CliText.Demo_Entities, DemoKindMix.MinimumTotal, MaxEntities),
            HelpName = "N",
            Required = true,
        };
        entities.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < DemoKindMix.MinimumTotal || value > MaxEntities)
            {
                result.AddError(CliOutput.Format(CliText.Error_EntitiesRange, DemoKindMix.MinimumTotal, MaxEntities, value));
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = CliOutput.Format(CliText.Demo_Seed, DefaultSeed),
            HelpName = "S",
            DefaultValueFactory = _ => DefaultSeed,
        };
        var command = new Command("demo", CliText.Demo_Description) { entities, seed };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(
            parse, (services, ct) => RunAsync(services, parse.GetValue(entities), parse.GetValue(seed), ct), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, int count, int seed, CancellationToken cancellationToken)
    {
        await MigrationStep.EnsureAsync(services, cancellationToken);
        var demo = services.GetRequiredService<SeedDemoCounty>();
        var watch = Stopwatch.StartNew();
        var added = AnsiConsole.Profile.Capabilities.Interactive
            ? await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(CliText.Demo_Progress, maxValue: count);
                    var written = await demo.AddEntitiesAsync(count, seed, new SyncProgress<int>(n => task.Value = n), cancellationToken);
                    task.Value = task.MaxValue;
                    return written;
                })
            : await demo.AddEntitiesAsync(count, seed, null, cancellationToken);
        var elapsed = watch.Elapsed;
        CliOutput.Line(CliOutput.Format(
            CliText.Demo_Done, added, CliOutput.Duration(elapsed), Math.Round(added / Math.Max(elapsed.TotalSeconds, 0.001))));
        return ExitCodes.Success;
    }
}
