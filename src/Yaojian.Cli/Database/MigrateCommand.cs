using System.CommandLine;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;

namespace Yaojian.Cli.Database;

/// <summary><c>yaojian migrate</c>: applies pending migrations and lists them.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", CliText.Migrate_Description);
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse, RunAsync, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var applied = await MigrationStep.ApplyAsync(services, cancellationToken);
        if (applied.Count == 0)
        {
            CliOutput.Line(CliText.Migrate_UpToDate);
            return ExitCodes.Success;
        }

        CliOutput.Line(CliOutput.Format(CliText.Migrate_Applied, applied.Count));
        foreach (var migration in applied)
        {
            CliOutput.Line("  " + migration);
        }

        return ExitCodes.Success;
    }
}
