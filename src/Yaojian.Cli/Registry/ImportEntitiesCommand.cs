using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Cli.Database;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Cli.Registry;

/// <summary>
/// <c>yaojian import entities FILE</c>: the all-or-nothing import of the registry's interchange file
/// (docs/formats/entities.md). Exit 0 when written, 1 when refused (every error on standard error), 2 for a bad file name.
/// </summary>
internal static class ImportEntitiesCommand
{
    /// <summary>Below this size (about 1,500 rows) the import is over before a bar would be worth drawing.</summary>
    private const long ProgressThresholdBytes = 256 * 1024;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = CliText.ImportEntities_File };
        var command = new Command("entities", CliText.ImportEntities_Description) { file };
        command.SetAction((parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file);
            return InputFiles.Format(path, mustExist: true) is null
                ? Task.FromResult(ExitCodes.Usage)
                : CliHost.RunAsync(parse, (services, ct) => RunAsync(services, path, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string path, CancellationToken cancellationToken)
    {
        await MigrationStep.EnsureAsync(services, cancellationToken);
        var import = services.GetRequiredService<ImportEntities>();
        var watch = Stopwatch.StartNew();
        ImportResult result;
        await using (var stream = File.OpenRead(path))
        {
            result = stream.Length >= ProgressThresholdBytes && ImportProgressBar.CanShow
                ? await ImportProgressBar.RunAsync(progress => import.ImportAsync(CliCaller.Current, stream, path, progress, cancellationToken))
                : await import.ImportAsync(CliCaller.Current, stream, path, null, cancellationToken);
        }

        if (result.Succeeded)
        {
            var rows = result.Created + result.Updated + result.Unchanged;
            CliOutput.Line(CliOutput.Format(
                CliText.ImportEntities_Succeeded, result.Created, result.Updated, result.Unchanged, rows, CliOutput.Duration(watch.Elapsed)));
            return ExitCodes.Success;
        }

        CliOutput.Errors(result.Errors, result.OmittedErrors);
        CliOutput.Error(CliOutput.Format(CliText.ImportEntities_Refused, result.Errors.Count + result.OmittedErrors));
        if (result.Errors.Any(e => e.Column == EntityColumns.Unit)
            && (await services.GetRequiredService<ListUnits>().RunAsync(CliCaller.Current, cancellationToken)).Count == 0)
        {
            CliOutput.Error(CliText.ImportEntities_NoUnitsHint);
        }

        return ExitCodes.Refused;
    }
}
