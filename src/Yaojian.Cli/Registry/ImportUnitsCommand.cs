using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Cli.Database;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Registry;

namespace Yaojian.Cli.Registry;

/// <summary>
/// <c>yaojian import units FILE</c>: the bureau's units (columns <c>code,name,kind,territory</c>), all or nothing,
/// upserting by code — the first step of a new installation, before its entities. Exit codes as for entities.
/// </summary>
internal static class ImportUnitsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = CliText.ImportUnits_File };
        var command = new Command("units", CliText.ImportUnits_Description) { file };
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
        await using var stream = File.OpenRead(path);
        var result = await services.GetRequiredService<ImportUnits>().ImportAsync(CliCaller.Current, stream, path, cancellationToken);
        if (result.Succeeded)
        {
            CliOutput.Line(CliOutput.Format(CliText.ImportUnits_Succeeded, result.Created, result.Updated, result.Unchanged));
            return ExitCodes.Success;
        }

        foreach (var error in result.Errors)
        {
            CliOutput.Error(error.ToString());
        }

        CliOutput.Error(CliOutput.Format(CliText.ImportEntities_Refused, result.Errors.Count));
        return ExitCodes.Refused;
    }
}
