using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Cli.Database;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Planning;
using Yaojian.Cli.Resources;
using Yaojian.Core.Registry.Grading;

namespace Yaojian.Cli.Grading;

/// <summary>
/// <c>yaojian grading clean-year --year YYYY [--plan FILE]</c>: the year-end review the 1 January job runs — every graded
/// entity with a clean year is graded by the <c>clean_year</c> rules (the stored plan file in force that year, or the
/// file given), effective the next 1 January. Exit 0 with a summary; 2 when the year is not over, the file is wrong or
/// there is no such rule. Run again for the same year, it raises nobody twice.
/// </summary>
internal static class GradingCleanYearCommand
{
    public static Command Create()
    {
        var year = YearOption.Create(CliText.GradingCleanYear_Year);
        var plan = new Option<string?>("--plan") { Description = CliText.GradingCleanYear_Plan, HelpName = "FILE" };
        var command = new Command("clean-year", CliText.GradingCleanYear_Description) { year, plan };
        command.SetAction((parse, cancellationToken) =>
        {
            IReadOnlyList<GradingRule>? rules = null;
            if (parse.GetValue(plan) is { } path)
            {
                if (PlanInputs.ReadPlan(path) is not { } definition)
                {
                    return Task.FromResult(ExitCodes.Usage);
                }

                rules = definition.Grading;
            }

            return CliHost.RunAsync(parse, (services, ct) => RunAsync(services, parse.GetValue(year), rules, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, int year, IReadOnlyList<GradingRule>? rules, CancellationToken cancellationToken)
    {
        await MigrationStep.EnsureAsync(services, cancellationToken);
        var result = await services.GetRequiredService<GradeCleanYear>().RunAsync(CliCaller.Current, year, rules, cancellationToken);
        if (!result.Succeeded)
        {
            CliOutput.Error(result.Refusal ?? CliText.Error_Forbidden);
            return ExitCodes.Usage;
        }

        CliOutput.Line(CliOutput.Format(CliText.GradingCleanYear_Done, year, result.Clean, result.Raised, result.AlreadyRaised));
        return ExitCodes.Success;
    }
}
