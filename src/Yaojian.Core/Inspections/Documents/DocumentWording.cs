using System.Globalization;

namespace Yaojian.Core.Inspections.Documents;

/// <summary>How values read in the documents: numbered findings, times, names with titles, blanks for handwriting.</summary>
internal static class DocumentWording
{
    public const string BlankDate = "＿＿＿＿年＿＿月＿＿日";
    public const string BlankName = "＿＿＿＿＿＿＿＿";

    /// <summary>1. description（一般）, with （重复发现） when it repeats an earlier finding.</summary>
    public static IEnumerable<string> Findings(IReadOnlyList<FindingLine> findings) =>
        findings.Select((f, i) => string.Create(CultureInfo.InvariantCulture,
            $"{i + 1}.{f.Description.Trim().TrimEnd('。', '；', ';')}（{f.Severity}）{(f.IsRepeat ? "（重复发现）" : string.Empty)}。"));

    /// <summary>2025年3月15日9时30分至11时10分 (the date again when the end is on another day; blanks when unknown).</summary>
    public static string Period(DateTimeOffset start, DateTimeOffset? end, TimeSpan offset)
    {
        var from = start.ToOffset(offset);
        if (end is not { } endValue)
        {
            return $"{Day(from)}{Time(from)}至＿＿时＿＿分";
        }

        var to = endValue.ToOffset(offset);
        return to.Date == from.Date ? $"{Day(from)}{Time(from)}至{Time(to)}" : $"{Day(from)}{Time(from)}至{Day(to)}{Time(to)}";
    }

    public static string ChineseDay(DateTimeOffset moment, TimeSpan offset) =>
        ChineseDate.Format(DateOnly.FromDateTime(moment.ToOffset(offset).DateTime));

    public static string WithTitle(string? name, string? title) =>
        string.IsNullOrWhiteSpace(name) ? string.Empty
        : string.IsNullOrWhiteSpace(title) ? name.Trim()
        : $"{name.Trim()}（{title.Trim()}）";

    public static string OrEmpty(string? text) => text?.Trim() ?? string.Empty;

    private static string Day(DateTimeOffset moment) =>
        string.Create(CultureInfo.InvariantCulture, $"{moment.Year}年{moment.Month}月{moment.Day}日");

    private static string Time(DateTimeOffset moment) =>
        string.Create(CultureInfo.InvariantCulture, $"{moment.Hour}时{moment.Minute:D2}分");
}
