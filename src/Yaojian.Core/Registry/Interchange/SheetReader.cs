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
        if (HasNoQuote(stream))
        {
            var plain = new PlainCsvReader(reader);
            while (plain.Read() is { } record)
            {
                yield return record;
            }

            yield break;
        }

        using var parser = new CsvParser(reader, configuration);
        while (parser.Read())
        {
            yield return parser.Record ?? [];
        }
    }

    /// <summary>
    /// Whether the rest of the stream holds no quote character, looked for in its bytes (a quote has byte 0x22 in UTF-8,
    /// UTF-16 and UTF-32 alike), and the stream put back where it was. A stream that cannot seek counts as quoted.
    /// </summary>
    private static bool HasNoQuote(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            for (var read = stream.Read(buffer); read > 0; read = stream.Read(buffer))
            {
                if (buffer.AsSpan(0, read).Contains((byte)'"'))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            stream.Position = start;
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
