using System.Globalization;
using Yaojian.Core.Common;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Interchange;

/// <summary>Reads the history file: <c>entity_code,date</c>, one past inspection per row, ISO dates.</summary>
public static class HistoryFile
{
    public static (IReadOnlyList<PastInspection> History, ImportErrors Errors) Read(
        string file, IReadOnlyList<string> header, IEnumerable<EntityRow> rows, IReadOnlySet<string> entityCodes, ImportErrors? errors = null) =>
        Check(Parse(file, header, rows, errors), entityCodes);

    /// <summary>
    /// Reads every row's code and date; whether the codes are in the registry is for <see cref="Check"/>, which adds its
    /// errors to <paramref name="errors"/> (those of reading the sheet).
    /// </summary>
    public static HistoryRows Parse(string file, IReadOnlyList<string> header, IEnumerable<EntityRow> rows, ImportErrors? errors = null)
    {
        var missing = PlanSheets.MissingColumns(file, header, PlanFileColumns.History);
        var parsed = new List<HistoryRow>();
        foreach (var row in missing.Count > 0 ? [] : rows)
        {
            var text = row["date"].Trim();
            var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            parsed.Add(new HistoryRow(row.RowNumber, row["entity_code"].Trim(), date, ok ? null : text));
        }

        return new HistoryRows(file, missing, parsed, errors ?? new ImportErrors());
    }

    /// <summary>The past inspections of a parsed file, or every reason it is refused, row by row (code, then date).</summary>
    public static (IReadOnlyList<PastInspection> History, ImportErrors Errors) Check(HistoryRows rows, IReadOnlySet<string> entityCodes)
    {
        var errors = rows.Errors;
        errors.AddRange(rows.MissingColumns);
        var history = new List<PastInspection>(rows.Rows.Count);
        foreach (var row in rows.Rows)
        {
            var ok = true;
            if (!entityCodes.Contains(row.Code))
            {
                errors.Add(new ImportError(rows.File, row.RowNumber, "entity_code", EnumText.Format(Text.Plan_UnknownEntity, row.Code)));
                ok = false;
            }

            if (row.BadDate is { } text)
            {
                errors.Add(new ImportError(rows.File, row.RowNumber, "date", EnumText.Format(Text.Plan_BadDate, text)));
                ok = false;
            }

            if (ok)
            {
                history.Add(new PastInspection(row.Code, row.Date));
            }
        }

        return (history, errors);
    }
}
