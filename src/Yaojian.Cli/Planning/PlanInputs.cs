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
        var units = plan.Jurisdiction.Units.Select((u, i) => (u.Code, Id: i + 1)).ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal);
        var codes = units.ToDictionary(p => p.Value, p => p.Key);
        return Streamed(path, (file, sheet) =>
        {
            var (entities, errors) = EntityFileValidator.Validate(file, sheet.Header, sheet.Rows, units,
                e => new PlanEntity(e.Code, e.Kind, codes[e.UnitId], e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags));
            return Report(errors) ? null : entities;
        });
    }

    public static IReadOnlyList<PlanInspector>? ReadInspectors(string path, PlanDefinition plan, IReadOnlySet<string> entityCodes)
    {
        var units = plan.Jurisdiction.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        return Streamed(path, (file, sheet) =>
        {
            var (inspectors, errors) = InspectorFile.Read(file, sheet.Header, sheet.Rows, units, entityCodes);
            return Report(errors) ? null : inspectors;
        });
    }

    public static IReadOnlyList<PastInspection>? ReadHistory(string? path, IReadOnlySet<string> entityCodes) =>
        path is null ? [] : Streamed(path, (file, sheet) =>
        {
            var (history, errors) = HistoryFile.Read(file, sheet.Header, sheet.Rows, entityCodes);
            return Report(errors) ? null : history;
        });

    /// <summary>Reads a file row by row into <paramref name="read"/>; a file that cannot be read is one clear error.</summary>
    private static T? Streamed<T>(string path, Func<string, SheetStream, T?> read)
        where T : class
    {
        if (InputFiles.Format(path, mustExist: true) is not { } format)
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return read(Path.GetFileName(path), SheetReader.Open(stream, format));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or FormatException or CsvHelper.CsvHelperException)
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
