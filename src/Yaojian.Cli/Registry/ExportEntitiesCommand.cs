using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Yaojian.Cli.Database;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Cli.Registry;

/// <summary><c>yaojian export entities FILE [filters]</c>: the registry, or the part a filter selects, as an interchange file.</summary>
internal static class ExportEntitiesCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = CliText.ExportEntities_File };
        var filters = new EntityFilterOptions();
        var command = new Command("entities", CliText.ExportEntities_Description) { file };
        filters.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file);
            return InputFiles.Format(path, mustExist: false) is not { } format
                ? Task.FromResult(ExitCodes.Usage)
                : CliHost.RunAsync(parse, (services, ct) => RunAsync(services, path, format, filters.ToFilter(parse), ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        IServiceProvider services, string path, SheetFormat format, EntityFilter filter, CancellationToken cancellationToken)
    {
        await MigrationStep.EnsureAsync(services, cancellationToken);
        var export = services.GetRequiredService<ExportEntities>();
        var watch = Stopwatch.StartNew();
        int count;
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var stream = File.Create(path);
            count = AnsiConsole.Profile.Capabilities.Interactive
                ? await AnsiConsole.Status().StartAsync(CliText.ExportEntities_Running, _ => export.ExportAsync(stream, format, filter, cancellationToken))
                : await export.ExportAsync(stream, format, filter, cancellationToken);
        }
        catch (Exception e)
        {
            // A half-written file would look like a complete export with fewer rows.
            DeleteQuietly(path);
            if (e is not (IOException or UnauthorizedAccessException))
            {
                throw;
            }

            CliOutput.Error(CliOutput.Format(CliText.Error_WriteFile, path, e.Message));
            return ExitCodes.Usage;
        }

        CliOutput.Line(CliOutput.Format(CliText.ExportEntities_Done, count, path, CliOutput.Duration(watch.Elapsed)));
        return ExitCodes.Success;
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The error that stopped the export is the one to report.
        }
    }
}
