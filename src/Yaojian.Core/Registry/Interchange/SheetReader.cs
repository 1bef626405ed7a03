using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// Reads the first sheet of an .xlsx file (MiniExcel), or a UTF-8 CSV file (CsvHelper), into text rows keyed by header
/// name. <see cref="Open"/> streams the rows, so a million-row file is never held in memory at once.
/// </summary>
public static class SheetReader
{
    public static SheetContent Read(Stream stream, SheetFormat format)
    {
        var sheet = Open(stream, format);
        return new SheetContent(sheet.Header, sheet.Rows.ToList());
    }

    /// <summary>The header at once, the rows as they are read (an unreadable row throws while enumerating).</summary>
    public static SheetStream Open(Stream stream, SheetFormat format)
    {
        var cells = format == SheetFormat.Csv ? CsvRecords(stream) : XlsxRecords(stream);
        var records = cells.GetEnumerator();
        if (!records.MoveNext())
        {
            records.Dispose();
            return new SheetStream([], []);
        }

        // Column positions map to header names; a header cell left empty names no column.
        var header = records.Current.Select(Normalise).ToArray();
        return new SheetStream(header.Where(h => h.Length > 0).ToList(), Rows(header, records));
    }

    private static IEnumerable<EntityRow> Rows(string[] header, IEnumerator<IReadOnlyList<string>> records)
    {
        // Name → position, in the order names first appear; a repeated name reads its last column.
        var columns = new Dictionary<string, int>(header.Length, StringComparer.Ordinal);
        var named = new List<int>(header.Length);
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length > 0)
            {
                columns[header[i]] = i;
                named.Add(i);
            }
        }

        using (records)
        {
            var rowNumber = 1;
            while (records.MoveNext())
            {
                rowNumber++;
                var cells = records.Current;
                var blank = true;
                foreach (var index in named)
                {
                    blank &= index >= cells.Count || string.IsNullOrWhiteSpace(cells[index]);
                }

                if (!blank)
                {
                    yield return new EntityRow(rowNumber, new SheetCells(columns, cells));
                }
            }
        }
    }

    private static IEnumerable<IReadOnlyList<string>> CsvRecords(Stream stream)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
        };
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var parser = new CsvParser(reader, configuration);
        while (parser.Read())
        {
            yield return parser.Record ?? [];
        }
    }

    private static IEnumerable<IReadOnlyList<string>> XlsxRecords(Stream stream)
    {
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            yield return row.Values.Select(AsText).ToList();
        }
    }

    private static string Normalise(string headerCell) => headerCell.Trim().TrimStart('\uFEFF').ToLowerInvariant();

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
