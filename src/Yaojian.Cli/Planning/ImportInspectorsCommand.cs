using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Planning;

namespace Yaojian.Cli.Planning;

/// <summary><c>yaojian import inspectors FILE</c>: the inspectors the web app draws from (the file <c>plan generate</c> reads).</summary>
internal static class ImportInspectorsCommand
{
    public static Command Create() => FileImportCommand.Create(
        "inspectors", CliText.ImportInspectors_Description, CliText.PlanGenerate_Inspectors, CliText.ImportInspectors_Succeeded,
        (services, file, path, ct) => services.GetRequiredService<ImportInspectors>().ImportAsync(CliCaller.Current, file, path, ct));
}
