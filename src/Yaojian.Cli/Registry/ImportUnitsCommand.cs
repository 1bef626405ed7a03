using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
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
    public static Command Create() => FileImportCommand.Create(
        "units", CliText.ImportUnits_Description, CliText.ImportUnits_File, CliText.ImportUnits_Succeeded,
        (services, file, path, ct) => services.GetRequiredService<ImportUnits>().ImportAsync(CliCaller.Current, file, path, ct));
}
