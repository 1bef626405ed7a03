using System.Globalization;

namespace Yaojian.Cli.Tests.Infrastructure;

/// <summary>One row of the visits file <c>plan generate</c> writes.</summary>
public sealed record VisitRow(string EntityCode, IReadOnlyList<string> RuleIds, string WindowStart, string WindowEnd, string Unit, IReadOnlyList<string> Inspectors)
{
    public static readonly string Header = "entity_code,rule_ids,window_start,window_end,unit,inspectors";

    public DateOnly Start => DateOnly.ParseExact(WindowStart, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public DateOnly End => DateOnly.ParseExact(WindowEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The rows after the header. None of the values these tests use needs CSV quoting.</summary>
    public static IReadOnlyList<VisitRow> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        return lines.Skip(1).Where(l => l.Length > 0).Select(Parse).ToList();
    }

    private static VisitRow Parse(string line)
    {
        var cells = line.Split(',');
        if (cells.Length != 6)
        {
            throw new FormatException($"Expected 6 cells: {line}");
        }

        return new VisitRow(cells[0], cells[1].Split(';'), cells[2], cells[3], cells[4], cells[5].Split(';', StringSplitOptions.RemoveEmptyEntries));
    }
}
