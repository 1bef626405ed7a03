using System.CommandLine;
using Yaojian.Cli.Resources;

namespace Yaojian.Cli.Hosting;

/// <summary>Options every command takes; they override the configuration read from appsettings.json and the environment.</summary>
internal static class GlobalOptions
{
    public static Option<string?> Provider { get; } = CreateProvider();

    public static Option<string?> Connection { get; } = new("--connection")
    {
        Description = CliText.Option_Connection,
        HelpName = "connection-string",
        Recursive = true,
    };

    private static Option<string?> CreateProvider()
    {
        var option = new Option<string?>("--provider")
        {
            Description = CliText.Option_Provider,
            HelpName = "sqlite|postgres",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "sqlite", "postgres");
        return option;
    }
}
