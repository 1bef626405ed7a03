using System.Text;
using MiniExcelLibs;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Testing;

/// <summary>Writes entity files the way a person's spreadsheet would, and reads back what the app exports.</summary>
public static class EntityFile
{
    /// <summary>UTF-8 CSV with a header row; <paramref name="columns"/> defaults to every column of the format.</summary>
    public static byte[] Csv(IEnumerable<EntityFileRow> rows, IReadOnlyList<string>? columns = null)
    {
        var names = columns ?? EntityColumns.All;
        var text = new StringBuilder();
        text.AppendJoin(',', names.Select(Quote)).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', names.Select(c => Quote(row[c]))).Append('\n');
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    /// <summary>A one-sheet .xlsx file with the same header and rows as <see cref="Csv"/>.</summary>
    public static byte[] Xlsx(IEnumerable<EntityFileRow> rows, IReadOnlyList<string>? columns = null)
    {
        var names = columns ?? EntityColumns.All;
        var sheet = rows.Select(row => Cells(row, names)).ToList();
        using var stream = new MemoryStream();
        if (sheet.Count == 0)
        {
            sheet.Add(names.ToDictionary(c => c, _ => (object?)null, StringComparer.Ordinal));
        }

        stream.SaveAs(sheet, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A workbook of two sheets with the format's columns, the first (<paramref name="hidden"/>) hidden.</summary>
    public static byte[] XlsxWithHiddenFirstSheet(IEnumerable<EntityFileRow> hidden, IEnumerable<EntityFileRow> visible) =>
        Workbooks.HiddenFirstSheet(hidden.Select(Cells), visible.Select(Cells));

    /// <summary>Writes <see cref="Csv"/> to <paramref name="path"/> and returns the path.</summary>
    public static async Task<string> WriteCsvAsync(string path, IEnumerable<EntityFileRow> rows, CancellationToken cancellationToken = default)
    {
        await File.WriteAllBytesAsync(path, Csv(rows), cancellationToken);
        return path;
    }

    /// <summary>The rows of an exported file, in file order.</summary>
    public static IReadOnlyList<EntityFileRow> Read(byte[] content, SheetFormat format)
    {
        using var stream = new MemoryStream(content);
        return SheetReader.Open(stream, format).Rows.Select(EntityFileRow.From).ToList();
    }

    private static IDictionary<string, object?> Cells(EntityFileRow row) => Cells(row, EntityColumns.All);

    private static IDictionary<string, object?> Cells(EntityFileRow row, IReadOnlyList<string> names) =>
        names.ToDictionary(c => c, c => (object?)row[c], StringComparer.Ordinal);

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
