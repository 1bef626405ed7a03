using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// The one reader of every imported sheet: the first visible sheet of an .xlsx file (MiniExcel), or a UTF-8 CSV file
/// (CsvHelper), as text rows keyed by header name, streamed so that a million-row file is never held at once. What makes
/// a file unsafe to read goes into the sheet's <see cref="ImportErrors"/>, located by row and column, instead of being
/// read wrongly: a header named twice, a CSV row cut short or with stray quotes, a cell with control characters or
/// double-encoded text (<see cref="CellText"/>). Rows cut or misquoted are not given to the caller; rows with a bad cell are.
/// </summary>
public static class SheetReader
{
    public static SheetStream Open(Stream stream, SheetFormat format, string file = "", ImportErrors? errors = null)
    {
        errors ??= new ImportErrors();
        var empty = new SheetStream(file, [], [], errors);
        if (format == SheetFormat.Csv && !Utf8Text.Holds(stream))
        {
            errors.Add(new ImportError(file, 0, string.Empty, Text.Error_CsvNotUtf8));
            return empty;
        }

        var records = Guarded(format == SheetFormat.Csv ? CsvRecords(stream) : XlsxRecords(stream, file, errors), file, format, errors).GetEnumerator();
        if (!records.MoveNext())
        {
            records.Dispose();
            return empty;
        }

        // Column positions map to header names; a header cell left empty names no column, a name given twice is refused.
        var header = records.Current.Cells.Select(NormaliseHeader).ToArray();
        var named = SheetHeader.Named(header, file, errors);
        if (named is null)
        {
            records.Dispose();
            return new SheetStream(file, header.Where(h => h.Length > 0).Distinct().ToList(), [], errors);
        }

        return new SheetStream(file, named.Keys.ToList(), Rows(file, format, header, named, records, errors), errors);
    }

    private static IEnumerable<EntityRow> Rows(
        string file, SheetFormat format, string[] header, Dictionary<string, int> columns, IEnumerator<SheetRecord> records, ImportErrors errors)
    {
        var width = columns.Count == 0 ? 0 : columns.Values.Max() + 1;
        using (records)
        {
            var rowNumber = 1;
            while (records.MoveNext())
            {
                rowNumber++;
                var (cells, malformed) = records.Current;
                if (!malformed && IsBlank(cells, columns))
                {
                    continue;
                }

                if (SheetHeader.CheckShape(file, rowNumber, header, cells, malformed, format == SheetFormat.Csv ? width : 0) is { } shape)
                {
                    errors.Add(shape);
                    continue;
                }

                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = CsvCell.Unescape(cells[i]);
                    if (CellText.Check(cells[i]) is { } reason)
                    {
                        errors.Add(new ImportError(file, rowNumber, SheetHeader.ColumnName(header, i), reason));
                    }
                }

                yield return new EntityRow(rowNumber, new SheetCells(columns, cells));
            }
        }
    }

    private static bool IsBlank(string[] cells, Dictionary<string, int> columns)
    {
        foreach (var index in columns.Values)
        {
            if (index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The records, ending at the first one that cannot be read with one error that says so (not an exception).</summary>
    private static IEnumerable<SheetRecord> Guarded(IEnumerable<SheetRecord> records, string file, SheetFormat format, ImportErrors errors)
    {
        using var enumerator = records.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add(new ImportError(file, 0, string.Empty, format == SheetFormat.Xlsx ? Text.Error_BadXlsx : Text.Error_BadCsv));
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private static IEnumerable<SheetRecord> CsvRecords(Stream stream)
    {
        var malformed = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            BadDataFound = _ => malformed = true,
        };
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        if (HasNoQuote(stream))
        {
            var plain = new PlainCsvReader(reader);
            while (plain.Read() is { } record)
            {
                yield return new SheetRecord(record, false);
            }

            yield break;
        }

        using var parser = new CsvParser(reader, configuration);
        while (parser.Read())
        {
            yield return new SheetRecord(parser.Record ?? [], malformed);
            malformed = false;
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

    /// <summary>
    /// The rows of the first visible sheet, the one a person sees first when opening the workbook: a hidden sheet (a
    /// template's lists, last year's data) before it is not read.
    /// </summary>
    private static IEnumerable<SheetRecord> XlsxRecords(Stream stream, string file, ImportErrors errors)
    {
        var start = stream.CanSeek ? stream.Position : 0;
        var sheet = MiniExcel.GetSheetInformations(stream).FirstOrDefault(s => s.State == SheetState.Visible);
        if (stream.CanSeek)
        {
            stream.Position = start;
        }

        if (sheet is null)
        {
            errors.Add(new ImportError(file, 0, string.Empty, Text.Error_NoVisibleSheet));
            yield break;
        }

        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet.Name, excelType: ExcelType.XLSX))
        {
            yield return new SheetRecord([.. row.Values.Select(AsText)], false);
        }
    }

    /// <summary>Trimmed, without byte-order mark or invisible characters, full-width letters as ASCII, lower case.</summary>
    private static string NormaliseHeader(string headerCell) => CodeKey.Of(headerCell.Trim()).ToLowerInvariant();

    private static string AsText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private readonly record struct SheetRecord(string[] Cells, bool Malformed);
}
