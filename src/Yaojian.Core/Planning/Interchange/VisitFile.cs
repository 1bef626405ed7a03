using System.Globalization;
using System.Text;

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
            writer.Write(Field(string.Join(';', visit.RuleIds)));
            writer.Write(',');
            writer.Write(visit.WindowStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(visit.WindowEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(Field(visit.Unit));
            writer.Write(',');
            writer.WriteLine(Field(string.Join(';', visit.Inspectors)));
        }
    }

    /// <summary>RFC 4180 quoting, only where a value needs it.</summary>
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
