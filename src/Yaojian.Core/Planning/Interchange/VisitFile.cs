using System.Text;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Core.Planning.Interchange;

/// <summary>
/// Writes planned visits as CSV: header <c>entity_code,rule_ids,window_start,window_end,unit,inspectors</c>, ISO dates,
/// lists <c>;</c>-separated, UTF-8 without BOM, <c>\n</c> line ends — byte for byte the same for the same plan.
/// </summary>
public static class VisitFile
{
    public static void Write(Stream stream, IEnumerable<PlannedVisit> visits)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', PlanFileColumns.Visits));
        foreach (var visit in visits)
        {
            writer.Write(Field(visit.EntityCode));
            writer.Write(',');
            WriteList(writer, visit.RuleIds);
            writer.Write(',');
            WriteDate(writer, visit.WindowStart);
            writer.Write(',');
            WriteDate(writer, visit.WindowEnd);
            writer.Write(',');
            writer.Write(Field(visit.Unit));
            writer.Write(',');
            WriteList(writer, visit.Inspectors);
            writer.WriteLine();
        }
    }

    /// <summary>RFC 4180 quoting, only where a value needs it, after the formula guard every CSV export applies.</summary>
    private static string Field(string value)
    {
        value = CsvCell.Escape(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static bool NeedsQuotes(string value) => value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || CsvCell.NeedsQuote(value);

    /// <summary>The values joined by <c>;</c>, written one by one (a million visits would otherwise make two million strings).</summary>
    private static void WriteList(StreamWriter writer, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (NeedsQuotes(values[i]))
            {
                writer.Write(Field(string.Join(';', values)));
                return;
            }
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(';');
            }

            writer.Write(values[i]);
        }
    }

    /// <summary>The date as <c>yyyy-MM-dd</c>, digit by digit: three million dates, and a format string is read anew for each.</summary>
    private static void WriteDate(StreamWriter writer, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        Digits(text[..4], date.Year);
        text[4] = '-';
        Digits(text[5..7], date.Month);
        text[7] = '-';
        Digits(text[8..], date.Day);
        writer.Write(text);
    }

    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
