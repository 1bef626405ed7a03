using System.CommandLine;
using Yaojian.Cli.Resources;

namespace Yaojian.Cli.Planning;

/// <summary><c>yaojian plan …</c>: plan files and the plan engine.</summary>
internal static class PlanCommand
{
    public static Command Create() => new("plan", CliText.Plan_Description) { PlanGenerateCommand.Create(), PlanValidateCommand.Create() };
}
