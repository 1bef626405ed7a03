using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Common;
using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Files;
using Yaojian.Core.Planning.Interchange;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;

namespace Yaojian.Cli.Planning;

/// <summary>Reads the plan engine's input files, telling the user every error (file, row or line, field) on the way.</summary>
internal static class PlanInputs
{
    public static PlanDefinition? ReadPlan(string path)
    {
        if (!File.Exists(path))
        {
            CliOutput.Error(CliOutput.Format(CliText.Error_FileNotFound, path));
            return null;
        }

        var result = PlanFileReader.ReadFile(path);
        foreach (var error in result.Errors)
        {
            CliOutput.Error(error.ToString());
        }

        if (!result.IsValid)
        {
            CliOutput.Error(CliOutput.Format(CliText.Plan_Refused, Path.GetFileName(path), result.Errors.Count));
        }

        return result.Plan;
    }

    public static IReadOnlyList<PlanEntity>? ReadEntities(string path, PlanDefinition plan)
    {
        if (Sheet(path) is not { } sheet)
        {
            return null;
        }

        var units = plan.Jurisdiction.Units.Select((u, i) => (u.Code, Id: i + 1)).ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal);
        var codes = units.ToDictionary(p => p.Value, p => p.Key);
        var (entities, errors) = EntityFileValidator.Validate(Path.GetFileName(path), sheet.Header, sheet.Rows, units);
        return Report(errors) ? null : entities.Select(e => new PlanEntity(e.Code, e.Kind, codes[e.UnitId], e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags)).ToList();
    }

    public static IReadOnlyList<PlanInspector>? ReadInspectors(string path, PlanDefinition plan, IReadOnlySet<string> entityCodes)
    {
        if (Sheet(path) is not { } sheet)
        {
            return null;
        }

        var units = plan.Jurisdiction.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var (inspectors, errors) = InspectorFile.Read(Path.GetFileName(path), sheet, units, entityCodes);
        return Report(errors) ? null : inspectors;
    }

    public static IReadOnlyList<PastInspection>? ReadHistory(string? path, IReadOnlySet<string> entityCodes)
    {
        if (path is null)
        {
            return [];
        }

        if (Sheet(path) is not { } sheet)
        {
            return null;
        }

        var (history, errors) = HistoryFile.Read(Path.GetFileName(path), sheet, entityCodes);
        return Report(errors) ? null : history;
    }

    private static SheetContent? Sheet(string path)
    {
        if (InputFiles.Format(path, mustExist: true) is not { } format)
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return SheetReader.Read(stream, format);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or FormatException)
        {
            CliOutput.Error($"{Path.GetFileName(path)}: {EnumText.Format(Text.Error_UnreadableFile, e.Message)}");
            return null;
        }
    }

    private static bool Report(IReadOnlyList<ImportError> errors)
    {
        foreach (var error in errors)
        {
            CliOutput.Error(error.ToString());
        }

        return errors.Count > 0;
    }
}
