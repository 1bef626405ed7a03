using System.CommandLine;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Planning.Files;

namespace Yaojian.Cli.Planning;

/// <summary>
/// <c>yaojian plan validate --plan FILE [--json]</c>: checks a plan file; every error as <c>file:line: field: reason</c>
/// and exit 2, or a summary (with <c>--json</c>, the normalised plan) and exit 0.
/// </summary>
internal static class PlanValidateCommand
{
    public static Command Create()
    {
        var plan = new Option<string>("--plan") { Description = CliText.Plan_PlanFile, Required = true, HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = CliText.PlanValidate_Json };
        var command = new Command("validate", CliText.PlanValidate_Description) { plan, json };
        command.SetAction(parse =>
        {
            if (PlanInputs.ReadPlan(parse.GetRequiredValue(plan)) is not { } definition)
            {
                return ExitCodes.Usage;
            }

            if (parse.GetValue(json))
            {
                CliOutput.Line(PlanJson.Write(definition));
            }
            else
            {
                CliOutput.Line(CliOutput.Format(CliText.PlanValidate_Valid, definition.Title, definition.Year,
                    definition.Jurisdiction.Units.Count, definition.Rules.Count, definition.Milestones.Count, definition.Campaigns.Count));
                foreach (var rule in definition.SchedulingRules)
                {
                    CliOutput.Line($"  {rule.Id}  [{string.Join(", ", rule.Requirements)}]  {rule.Name}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
