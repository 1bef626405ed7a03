using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Planning;

namespace Yaojian.Cli.Planning;

/// <summary><c>yaojian import history FILE</c>: past inspections the web app's draw reads (the file <c>plan generate --history</c> reads).</summary>
internal static class ImportHistoryCommand
{
    public static Command Create() => FileImportCommand.Create(
        "history", CliText.ImportHistory_Description, CliText.PlanGenerate_History, CliText.ImportHistory_Succeeded,
        (services, file, path, ct) => services.GetRequiredService<ImportHistory>().ImportAsync(CliCaller.Current, file, path, ct));
}
