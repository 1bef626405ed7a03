using System.CommandLine;
using Yaojian.Cli.Resources;

namespace Yaojian.Cli.Grading;

/// <summary><c>yaojian grading …</c>: credit grades moved by the plan file's grading rules.</summary>
internal static class GradingCommand
{
    public static Command Create() => new("grading", CliText.Grading_Description) { GradingCleanYearCommand.Create() };
}
