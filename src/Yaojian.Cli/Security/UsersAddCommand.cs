using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Yaojian.Cli.Database;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Cli.Security;

/// <summary>
/// <c>yaojian users add --role ROLE --user NAME [--name 显示名] [--unit CODE]</c>: creates an account, the first
/// administrator included. The password is never an argument (it would stay in the shell's history): it is read from
/// <c>YAOJIAN_PASSWORD</c>, from standard input with <c>--password-stdin</c>, or asked for.
/// </summary>
internal static class UsersAddCommand
{
    public const string PasswordVariable = "YAOJIAN_PASSWORD";

    public static Command Create()
    {
        var role = new Option<string>("--role") { Description = CliOutput.Format(CliText.UsersAdd_Role, string.Join(' ', Roles.Assignable)), Required = true };
        role.AcceptOnlyFromAmong([.. Roles.Assignable]);
        var user = new Option<string>("--user") { Description = CliText.UsersAdd_User, Required = true };
        var name = new Option<string?>("--name") { Description = CliText.UsersAdd_Name };
        var unit = new Option<string?>("--unit") { Description = CliText.UsersAdd_Unit };
        var fromStdin = new Option<bool>("--password-stdin") { Description = CliText.UsersAdd_PasswordStdin };
        var add = new Command("add", CliText.UsersAdd_Description) { role, user, name, unit, fromStdin };
        add.SetAction((parse, cancellationToken) =>
        {
            if (ReadPassword(parse.GetValue(fromStdin)) is not { Length: > 0 } password)
            {
                CliOutput.Error(CliOutput.Format(CliText.UsersAdd_NoPassword, PasswordVariable));
                return Task.FromResult(ExitCodes.Usage);
            }

            var request = new NewUser(parse.GetRequiredValue(user), parse.GetValue(name) ?? parse.GetRequiredValue(user), parse.GetRequiredValue(role), parse.GetValue(unit), password);
            return CliHost.RunAsync(parse, (services, ct) => RunAsync(services, request, ct), cancellationToken);
        });
        return new Command("users", CliText.Users_Description) { add };
    }

    private static async Task<int> RunAsync(IServiceProvider services, NewUser request, CancellationToken cancellationToken)
    {
        await MigrationStep.EnsureAsync(services, cancellationToken);
        var result = await services.GetRequiredService<AddUser>().RunAsync(CliCaller.Current, request, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                CliOutput.Error(error);
            }

            return ExitCodes.Refused;
        }

        CliOutput.Line(CliOutput.Format(CliText.UsersAdd_Done, request.UserName, request.Role, request.UnitCode ?? "-"));
        return ExitCodes.Success;
    }

    private static string? ReadPassword(bool fromStdin)
    {
        if (Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (fromStdin)
        {
            return Console.In.ReadLine()?.TrimEnd('\r', '\n');
        }

        return Console.IsInputRedirected
            ? null
            : AnsiConsole.Prompt(new TextPrompt<string>(CliText.UsersAdd_Prompt).Secret());
    }
}
