using System.CommandLine;
using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Cli.Resources;
using Yaojian.Core;
using Yaojian.Core.Data;
using Yaojian.Core.Security;
using Yaojian.Persistence;

namespace Yaojian.Cli.Hosting;

/// <summary>Builds the services a command needs (the same handlers as the web app) and turns failures into exit codes.</summary>
internal static class CliHost
{
    public static async Task<int> RunAsync(
        ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        ServiceProvider provider;
        try
        {
            var configuration = CliConfiguration.Build(parse);
            var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton(configuration)
                .AddYaojianDb(configuration)
                .AddYaojianCore()
                .AddSingleton<ICallerAccessor, CliCallerAccessor>();
            services.AddIdentityCore<YaojianUser>(IdentityPolicy.Configure)
                .AddRoles<IdentityRole>()
                .AddEntityFrameworkStores<YaojianDb>()
                .AddErrorDescriber<ChineseIdentityErrorDescriber>();
            provider = services.BuildServiceProvider();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // An unknown provider, a missing or malformed connection string.
            CliOutput.Error(CliOutput.Format(CliText.Error_Configuration, e.Message));
            return ExitCodes.Database;
        }

        await using (provider)
        {
            try
            {
                await using var scope = provider.CreateAsyncScope();
                return await command(scope.ServiceProvider, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                CliOutput.Error(CliText.Cancelled);
                return ExitCodes.Cancelled;
            }
            catch (Exception e) when (e is DbException or DbUpdateException)
            {
                CliOutput.Error(CliOutput.Format(CliText.Error_Database, Innermost(e).Message));
                return ExitCodes.Database;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The full exception, for the bug report; but not System.CommandLine's handler, whose exit code 1 means "refused".
                CliOutput.Error(CliOutput.Format(CliText.Error_Unexpected, e));
                return ExitCodes.Unexpected;
            }
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
