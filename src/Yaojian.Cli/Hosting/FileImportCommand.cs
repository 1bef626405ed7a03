using System.CommandLine;
using Yaojian.Cli.Database;
using Yaojian.Cli.Resources;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Cli.Hosting;

/// <summary>
/// An all-or-nothing import of one file (<c>yaojian import units|inspectors|history FILE</c>): exit 0 with a summary
/// when written, 1 with every error on standard error when refused, 2 for a bad file name.
/// </summary>
internal static class FileImportCommand
{
    public delegate Task<ImportResult> Import(IServiceProvider services, Stream file, string path, CancellationToken cancellationToken);

    public static Command Create(string name, string description, string fileDescription, string succeeded, Import import)
    {
        var file = new Argument<string>("FILE") { Description = fileDescription };
        var command = new Command(name, description) { file };
        command.SetAction((parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file);
            return InputFiles.Format(path, mustExist: true) is null
                ? Task.FromResult(ExitCodes.Usage)
                : CliHost.RunAsync(parse, (services, ct) => RunAsync(services, path, succeeded, import, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string path, string succeeded, Import import, CancellationToken cancellationToken)
    {
        await MigrationStep.EnsureAsync(services, cancellationToken);
        await using var stream = File.OpenRead(path);
        var result = await import(services, stream, path, cancellationToken);
        if (result.Succeeded)
        {
            CliOutput.Line(CliOutput.Format(succeeded, result.Created, result.Updated, result.Unchanged));
            return ExitCodes.Success;
        }

        CliOutput.Errors(result.Errors, result.OmittedErrors);
        CliOutput.Error(CliOutput.Format(CliText.ImportEntities_Refused, result.Errors.Count + result.OmittedErrors));
        return ExitCodes.Refused;
    }
}
