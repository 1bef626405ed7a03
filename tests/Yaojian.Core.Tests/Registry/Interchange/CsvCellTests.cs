using FsCheck.Xunit;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Core.Tests.Registry.Interchange;

/// <summary>The formula guard of every CSV export (<see cref="CsvCell"/>).</summary>
public sealed class CsvCellTests
{
    [Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool Escape_AnyValue_NeverBeginsAsAFormula(PlainText value, FormulaStart start, bool quoted)
    {
        var text = (quoted ? "'" : string.Empty) + start.Value + value.Value;
        var written = CsvCell.Escape(text);
        return !CellText.FormulaStarts.Contains(written[0], StringComparison.Ordinal) && written == "'" + text;
    }

    [Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool Unescape_OfEscape_IsTheValue(PlainText value, FormulaStart start, byte quotes) =>
        new[] { value.Value, start.Value + value.Value, new string('\'', quotes % 4) + start.Value + value.Value, new string('\'', quotes % 4) + value.Value }
            .All(v => CsvCell.Unescape(CsvCell.Escape(v)) == v);

    [Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool Escape_ValueNotBeginningAsAFormula_IsUnchanged(PlainText value) =>
        CellText.FormulaStarts.Contains(value.Value.TrimStart('\'').FirstOrDefault('x'), StringComparison.Ordinal)
        || CsvCell.Escape(value.Value) == value.Value;

    [Fact]
    public void Export_OfAnEntityNamedAsAFormula_WritesItAsText()
    {
        using var stream = new MemoryStream();
        SheetWriter.Write(stream, SheetFormat.Csv, [new Dictionary<string, object?> { ["code"] = "-1+1", ["address"] = "=HYPERLINK(\"http://x\")" }]);

        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("'-1+1", text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        stream.Position = 0;
        var row = Assert.Single(SheetReader.Open(stream, SheetFormat.Csv).Rows);
        Assert.Equal(("-1+1", "=HYPERLINK(\"http://x\")"), (row["code"], row["address"]));
    }

    [Fact]
    public void VisitFile_ACodeBeginningAsAFormula_IsWrittenAsTextAndOtherBytesAreUnchanged()
    {
        using var stream = new MemoryStream();
        var day = new DateOnly(2025, 3, 1);
        Core.Planning.Interchange.VisitFile.Write(stream, [
            new Core.Planning.PlannedVisit("=1+1", ["R1"], day, day, "u", ["-a", "b"]),
            new Core.Planning.PlannedVisit("KZ-1", ["R1", "R2"], day, day, "u", ["i1"])]);

        Assert.Equal(
            "entity_code,rule_ids,window_start,window_end,unit,inspectors\n'=1+1,R1,2025-03-01,2025-03-01,u,'-a;b\nKZ-1,R1;R2,2025-03-01,2025-03-01,u,i1\n",
            System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Export_AsXlsx_WritesAFormulaLikeValueAsAStringCell()
    {
        using var stream = new MemoryStream();
        SheetWriter.Write(stream, SheetFormat.Xlsx, [new Dictionary<string, object?> { ["address"] = "=HYPERLINK(\"http://x\")" }]);

        stream.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(stream);
        using var sheet = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith("sheet1.xml", StringComparison.OrdinalIgnoreCase)).Open());
        var xml = sheet.ReadToEnd();
        Assert.Contains("=HYPERLINK", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
    }
}
