using System.Text;
using MiniExcelLibs;

namespace Yaojian.Testing;

/// <summary>
/// A laboratory's result sheet as the laboratory would send it (docs/formats/sampling-results.md): a header row of
/// column names — English or the laboratory's Chinese — and one row per sample.
/// </summary>
public static class ResultSheet
{
    public static readonly string[] Columns = ["sample_number", "product_name", "batch", "conclusion", "failing_items", "report_number", "reported_on", "laboratory"];

    public static readonly string[] ChineseColumns = ["样品编号", "样品名称", "批号", "检验结论", "不合格项目", "报告书编号", "报告日期", "检验机构"];

    /// <summary>UTF-8 CSV (with a byte-order mark, as Excel's "CSV UTF-8" writes it).</summary>
    public static byte[] Csv(IEnumerable<string[]> rows, IReadOnlyList<string>? header = null)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', (header ?? Columns).Select(Quote)).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append('\n');
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A one-sheet .xlsx file with the same header and rows.</summary>
    public static byte[] Xlsx(IEnumerable<string[]> rows, IReadOnlyList<string>? header = null)
    {
        var names = header ?? Columns;
        var sheet = rows.Select(row => (IDictionary<string, object?>)names.Select((name, i) => (name, value: (object?)(i < row.Length ? row[i] : null)))
            .ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
