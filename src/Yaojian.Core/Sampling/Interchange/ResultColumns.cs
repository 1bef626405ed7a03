namespace Yaojian.Core.Sampling.Interchange;

/// <summary>
/// The columns of the laboratory's result sheet (docs/formats/sampling-results.md), each with the Chinese header a
/// laboratory's own sheet uses for it.
/// </summary>
public static class ResultColumns
{
    public const string SampleNumber = "sample_number";
    public const string Conclusion = "conclusion";
    public const string ReportNumber = "report_number";
    public const string ReportedOn = "reported_on";
    public const string FailingItems = "failing_items";
    public const string Laboratory = "laboratory";
    public const string ProductName = "product_name";
    public const string Batch = "batch";

    /// <summary>Every column and the Chinese headers that stand for it.</summary>
    public static IReadOnlyDictionary<string, string[]> Aliases { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [SampleNumber] = ["样品编号", "抽样单编号"],
        [Conclusion] = ["检验结论", "结论"],
        [ReportNumber] = ["报告书编号", "检验报告书编号"],
        [ReportedOn] = ["报告日期", "签发日期"],
        [FailingItems] = ["不合格项目"],
        [Laboratory] = ["检验机构"],
        [ProductName] = ["样品名称", "产品名称"],
        [Batch] = ["批号", "生产批号"],
    };

    public static IReadOnlyList<string> Required { get; } = [SampleNumber, Conclusion, ReportNumber, ReportedOn];

    private static readonly string[] Ordered = [SampleNumber, ProductName, Batch, Conclusion, FailingItems, ReportNumber, ReportedOn, Laboratory];

    /// <summary>The column a header names (already trimmed and lower-cased by the reader), or null for an unknown one.</summary>
    public static string? Of(string header) =>
        Aliases.ContainsKey(header) ? header : Aliases.FirstOrDefault(a => a.Value.Contains(header, StringComparer.Ordinal)).Key;

    /// <summary>The sheet's header for each column it has (the first header naming a column wins).</summary>
    public static IReadOnlyDictionary<string, string> Headed(IEnumerable<string> header)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in header)
        {
            if (Of(name) is { } column)
            {
                columns.TryAdd(column, name);
            }
        }

        return columns;
    }

    /// <summary>A column's place in the sheet's documented order, for sorting errors within a row.</summary>
    public static int Order(string column) => Array.IndexOf(Ordered, column);

    /// <summary>Which column a result's field is written in, for errors.</summary>
    public static string ForField(string field) => field switch
    {
        "conclusion" => Conclusion,
        "reportNumber" => ReportNumber,
        "reportedOn" => ReportedOn,
        "failingItems" => FailingItems,
        "laboratory" => Laboratory,
        _ => SampleNumber,
    };
}
