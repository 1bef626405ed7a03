using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace Yaojian.Cli.Hosting;

/// <summary>
/// The same keys as the web app (<c>Database:Provider</c>, <c>ConnectionStrings:Yaojian</c>), from an optional
/// appsettings.json in the current folder, then the environment (<c>Database__Provider</c>), then the global options.
/// </summary>
internal static class CliConfiguration
{
    public static IConfiguration Build(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parse.GetValue(GlobalOptions.Provider) is { Length: > 0 } provider)
        {
            overrides["Database:Provider"] = provider;
        }

        if (parse.GetValue(GlobalOptions.Connection) is { Length: > 0 } connection)
        {
            overrides["ConnectionStrings:Yaojian"] = connection;
        }

        return new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }
}
