using System.Globalization;
using Yaojian.Core.Common;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Interchange;

/// <summary>Reads the history file: <c>entity_code,date</c>, one past inspection per row, ISO dates.</summary>
public static class HistoryFile
{
    public static (IReadOnlyList<PastInspection> History, IReadOnlyList<ImportError> Errors) Read(
        string file, IReadOnlyList<string> header, IEnumerable<EntityRow> rows, IReadOnlySet<string> entityCodes)
    {
        var errors = PlanSheets.MissingColumns(file, header, PlanFileColumns.History);
        var history = new List<PastInspection>();
        foreach (var row in errors.Count > 0 ? [] : rows)
        {
            var code = row["entity_code"].Trim();
            var text = row["date"].Trim();
            var ok = true;
            if (!entityCodes.Contains(code))
            {
                errors.Add(new ImportError(file, row.RowNumber, "entity_code", EnumText.Format(Text.Plan_UnknownEntity, code)));
                ok = false;
            }

            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(new ImportError(file, row.RowNumber, "date", EnumText.Format(Text.Plan_BadDate, text)));
                ok = false;
            }

            if (ok)
            {
                history.Add(new PastInspection(code, date));
            }
        }

        return (history, errors);
    }
}
