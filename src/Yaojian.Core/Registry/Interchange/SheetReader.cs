using System.Globalization;
using MiniExcelLibs;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>Reads the first sheet of an .xlsx file, or a UTF-8 CSV file, into text rows keyed by header name.</summary>
public static class SheetReader
{
    public static SheetContent Read(Stream stream, SheetFormat format)
    {
        var excelType = format == SheetFormat.Csv ? ExcelType.CSV : ExcelType.XLSX;
        var header = new List<string>();
        var rows = new List<EntityRow>();
        var rowNumber = 1;
        foreach (IDictionary<string, object?> cells in MiniExcel.Query(stream, useHeaderRow: false, excelType: excelType))
        {
            if (header.Count == 0 && rowNumber == 1)
            {
                // Column letters (A, B, …) map to header names; a header cell left empty keeps its letter.
                header.AddRange(cells.Select(c => Normalise(c.Value)));
                rowNumber++;
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var index = 0;
            var blank = true;
            foreach (var cell in cells)
            {
                if (index < header.Count && header[index].Length > 0)
                {
                    var text = AsText(cell.Value);
                    values[header[index]] = text;
                    blank &= string.IsNullOrWhiteSpace(text);
                }

                index++;
            }

            if (!blank)
            {
                foreach (var column in header.Where(h => h.Length > 0 && !values.ContainsKey(h)))
                {
                    values[column] = string.Empty;
                }

                rows.Add(new EntityRow(rowNumber, values));
            }

            rowNumber++;
        }

        return new SheetContent(header.Where(h => h.Length > 0).ToList(), rows);
    }

    private static string Normalise(object? headerCell) =>
        AsText(headerCell).Trim().TrimStart('\uFEFF').ToLowerInvariant();

    private static string AsText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
