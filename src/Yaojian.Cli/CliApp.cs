using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Yaojian.Cli.Audit;
using Yaojian.Cli.Database;
using Yaojian.Cli.Demo;
using Yaojian.Cli.Grading;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Planning;
using Yaojian.Cli.Registry;
using Yaojian.Cli.Resources;
using Yaojian.Cli.Security;

namespace Yaojian.Cli;

/// <summary>The <c>yaojian</c> command tree. Its command lines are an interface: scripts and other tools call them.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand(CliText.Root_Description)
        {
            GlobalOptions.Provider,
            GlobalOptions.Connection,
            MigrateCommand.Create(),
            new Command("import", CliText.Import_Description)
            {
                ImportEntitiesCommand.Create(), ImportUnitsCommand.Create(), ImportInspectorsCommand.Create(), ImportHistoryCommand.Create(),
            },
            new Command("export", CliText.Export_Description) { ExportEntitiesCommand.Create() },
            PlanCommand.Create(),
            GradingCommand.Create(),
            DemoCommand.Create(),
            UsersAddCommand.Create(),
            AuditVerifyCommand.Create(),
        };

        // System.CommandLine's own zh-Hans translation leaves this one in English.
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = CliText.Option_Help;
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = CreateRoot().Parse(args);
        if (parse.Errors.Count == 0 || parse.Action is not ParseErrorAction)
        {
            return await parse.InvokeAsync();
        }

        // The reasons alone, in Chinese, not buried under a screen of help. A command line that does not parse is a
        // usage error, told apart from a refused file (1).
        foreach (var error in parse.Errors)
        {
            CliOutput.Error(ParseErrorText.InChinese(error.Message));
        }

        CliOutput.Error(CliText.Usage_Hint);
        return ExitCodes.Usage;
    }
}
