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
            var (entities, errors) = EntityFileValidator.Validate(sheet, units,
                e => new PlanEntity(e.Code, e.Kind, codes[e.UnitId], e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags));
            return Report(errors) ? null : entities;
        });
    }

    public static IReadOnlyList<PlanInspector>? ReadInspectors(string path, PlanDefinition plan, IReadOnlySet<string> entityCodes)
    {
        var units = plan.Jurisdiction.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        return Streamed(path, (file, sheet) =>
        {
            var (inspectors, errors) = InspectorFile.Read(file, sheet.Header, sheet.Rows, units, entityCodes, sheet.Errors);
            return Report(errors) ? null : inspectors;
        });
    }

    /// <summary>
    /// Starts reading the history file on another thread, to be checked by <see cref="ReadHistory"/> once the entity
    /// codes are known: on two cores the two big files are then read side by side. It tells the user nothing itself,
    /// so that the messages come in the same order as when the files are read one after the other.
    /// </summary>
    public static Task<FileRead<HistoryRows>?> ReadHistoryAhead(string? path) =>
        path is not null && File.Exists(path) && SheetFormats.FromFileName(path) is { } format
            ? Task.Run(() => (FileRead<HistoryRows>?)TryRead(path, format, ParseHistory))
            : Task.FromResult<FileRead<HistoryRows>?>(null);

    public static IReadOnlyList<PastInspection>? ReadHistory(string? path, Task<FileRead<HistoryRows>?> ahead, IReadOnlySet<string> entityCodes)
    {
        if (path is null)
        {
            return [];
        }

        if (InputFiles.Format(path, mustExist: true) is not { } format)
        {
            return null;
        }

        // Read now what was not there to be read ahead (a file that appeared meanwhile).
        var read = ahead.GetAwaiter().GetResult() ?? TryRead(path, format, ParseHistory);
        if (read.Value is not { } rows)
        {
            CliOutput.Error(read.Failure ?? string.Empty);
            return null;
        }

        var (history, errors) = HistoryFile.Check(rows, entityCodes);
        return Report(errors) ? null : history;
    }

    private static HistoryRows ParseHistory(string file, SheetStream sheet) => HistoryFile.Parse(file, sheet.Header, sheet.Rows, sheet.Errors);

    /// <summary>Reads a file row by row into <paramref name="read"/>; a file that cannot be read is one clear error.</summary>
    private static T? Streamed<T>(string path, Func<string, SheetStream, T?> read)
        where T : class
    {
        if (InputFiles.Format(path, mustExist: true) is not { } format)
        {
            return null;
        }

        var result = TryRead(path, format, read);
        if (result.Failure is { } failure)
        {
            CliOutput.Error(failure);
        }

        return result.Value;
    }

    /// <summary>The file read by <paramref name="read"/>, or the one line that says why it cannot be read.</summary>
    private static FileRead<T> TryRead<T>(string path, SheetFormat format, Func<string, SheetStream, T?> read)
        where T : class
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = Path.GetFileName(path);
            var errors = EntityFileValidator.NewErrors();
            return new FileRead<T>(read(file, SheetReader.Open(stream, format, file, errors)), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or FormatException or CsvHelper.CsvHelperException)
        {
            return new FileRead<T>(null, $"{Path.GetFileName(path)}: {EnumText.Format(Text.Error_UnreadableFile, e.Message)}");
        }
    }

    private static bool Report(ImportErrors errors)
    {
        CliOutput.Errors(errors);
        return errors.Total > 0;
    }
}
