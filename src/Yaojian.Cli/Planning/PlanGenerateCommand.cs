using System.CommandLine;
using System.Diagnostics;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Interchange;

namespace Yaojian.Cli.Planning;

/// <summary>
/// <c>yaojian plan generate --plan FILE --entities FILE --inspectors FILE [--history FILE] --year YYYY --seed N --out FILE</c>:
/// the year's inspection plan from files alone (no database). Same inputs and seed, byte-identical output. Any bad
/// input: every error on standard error, exit 2, and no output file.
/// </summary>
internal static class PlanGenerateCommand
{
    public static Command Create()
    {
        var plan = new Option<string>("--plan") { Description = CliText.Plan_PlanFile, Required = true, HelpName = "FILE" };
        var entities = new Option<string>("--entities") { Description = CliText.PlanGenerate_Entities, Required = true, HelpName = "FILE" };
        var inspectors = new Option<string>("--inspectors") { Description = CliText.PlanGenerate_Inspectors, Required = true, HelpName = "FILE" };
        var history = new Option<string?>("--history") { Description = CliText.PlanGenerate_History, HelpName = "FILE" };
        var year = YearOption.Create(CliText.PlanGenerate_Year);
        var seed = new Option<long>("--seed") { Description = CliText.PlanGenerate_Seed, Required = true, HelpName = "N" };
        var output = new Option<string>("--out") { Description = CliText.PlanGenerate_Out, Required = true, HelpName = "FILE" };
        var command = new Command("generate", CliText.PlanGenerate_Description) { plan, entities, inspectors, history, year, seed, output };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(plan), parse.GetRequiredValue(entities), parse.GetRequiredValue(inspectors),
            parse.GetValue(history), parse.GetValue(year), parse.GetValue(seed), parse.GetRequiredValue(output)));
        return command;
    }

    private static int Run(string planPath, string entitiesPath, string inspectorsPath, string? historyPath, int year, long seed, string outPath)
    {
        var watch = Stopwatch.StartNew();
        if (Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } folder && !Directory.Exists(folder))
        {
            CliOutput.Error(CliOutput.Format(CliText.PlanGenerate_NoOutFolder, outPath, folder));
            return ExitCodes.Usage;
        }

        var historyAhead = PlanInputs.ReadHistoryAhead(historyPath);
        if (PlanInputs.ReadPlan(planPath) is not { } plan
            || PlanInputs.ReadEntities(entitiesPath, plan) is not { } entities)
        {
            return ExitCodes.Usage;
        }

        var codes = new HashSet<string>(entities.Count, StringComparer.Ordinal);
        codes.UnionWith(entities.Select(e => e.Code));
        // Both files are checked before stopping, so that one run lists every error.
        var inspectors = PlanInputs.ReadInspectors(inspectorsPath, plan, codes);
        var past = PlanInputs.ReadHistory(historyPath, historyAhead, codes);
        if (inspectors is null || past is null)
        {
            return ExitCodes.Usage;
        }

        var outcome = PlanEngine.Schedule(new PlanRequest(plan, year, seed, entities, inspectors, past));
        if (!outcome.IsComplete)
        {
            var names = plan.Jurisdiction.Units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
            foreach (var shortfall in outcome.Shortfalls)
            {
                CliOutput.Error(CliOutput.Format(CliText.PlanGenerate_Shortfall, Path.GetFileName(inspectorsPath), shortfall.Unit,
                    names.GetValueOrDefault(shortfall.Unit, shortfall.Unit), shortfall.Needed, shortfall.Available, shortfall.Visits, shortfall.ExampleEntity));
            }

            return ExitCodes.Usage;
        }

        if (!Write(outPath, outcome.Visits))
        {
            return ExitCodes.Usage;
        }

        CliOutput.Line(CliOutput.Format(CliText.PlanGenerate_Done, year, EntitiesVisited(outcome.Visits),
            outcome.Visits.Count, outPath, seed, CliOutput.Duration(watch.Elapsed)));
        if (outcome.DormantUnplanned.Count > 0)
        {
            // A notice, not an error: the plan is what the plan file asks; the bureau may want a clean-up campaign.
            CliOutput.Error(CliOutput.Format(CliText.PlanGenerate_DormantUnplanned, outcome.DormantUnplanned.Count,
                string.Join("、", outcome.DormantUnplanned.Take(5)), outcome.DormantUnplanned.Count > 5 ? CliText.PlanGenerate_AndOthers : string.Empty));
        }
        return ExitCodes.Success;
    }

    /// <summary>How many entities the plan visits: the visits come in entity order, so each entity's are together.</summary>
    private static int EntitiesVisited(IReadOnlyList<PlannedVisit> visits)
    {
        var count = 0;
        string? last = null;
        foreach (var visit in visits)
        {
            if (!string.Equals(visit.EntityCode, last, StringComparison.Ordinal))
            {
                count++;
                last = visit.EntityCode;
            }
        }

        return count;
    }

    /// <summary>Writes beside the target and renames, so a failed write never leaves a half file behind.</summary>
    private static bool Write(string path, IReadOnlyList<PlannedVisit> visits)
    {
        var temporary = path + ".tmp";
        try
        {
            using (var stream = File.Create(temporary))
            {
                VisitFile.Write(stream, visits);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            CliOutput.Error(CliOutput.Format(CliText.Error_WriteFile, path, e.Message));
            return false;
        }
    }
}
