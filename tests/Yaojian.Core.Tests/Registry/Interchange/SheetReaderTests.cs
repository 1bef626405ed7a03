using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Testing;

namespace Yaojian.Core.Tests.Registry.Interchange;

/// <summary>
/// The CSV side of <see cref="SheetReader"/>: RFC 4180 fields, header names, row numbers, blank rows; and its reader for
/// files without quotes, which must give CsvHelper's records for any such text.
/// </summary>
public sealed class SheetReaderTests
{
    [Fact]
    public void Open_QuotedFields_KeepTheirCommasNewlinesAndQuotes()
    {
        var sheet = Open("\uFEFFCode , Name\nA1,\"仁和, 二号\r\n\"\"东门\"\"\"\n");

        Assert.Equal(["code", "name"], sheet.Header);
        var row = Assert.Single(sheet.Rows);
        Assert.Equal("A1", row["code"]);
        Assert.Equal("仁和, 二号\r\n\"东门\"", row["name"]);
    }

    [Fact]
    public void Open_BlankRows_AreSkippedButCounted()
    {
        var rows = Open("code,name\n\na,1\n , \nb,2\n").Rows.ToList();

        Assert.Equal([(3, "a"), (5, "b")], rows.Select(r => (r.RowNumber, r["code"])));
    }

    [Fact]
    public void Open_LastRowCutShort_IsRefusedNamingTheFirstMissingColumn()
    {
        // The probe's file: cut in the middle of its last row, with no line end after it.
        var sheet = Open("code,name,address,legal_representative\nKZ1,仁和,喀左县利州路1号,张伟\nKZ2,同济,喀左县利");
        var rows = sheet.Rows.ToList();

        Assert.Equal(["KZ1"], rows.Select(r => r["code"]));
        var error = Assert.Single(sheet.Errors);
        Assert.Equal(("f.csv", 3, "legal_representative"), (error.File, error.Row, error.Column));
        Assert.Contains("截断", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_RowWithValuesBeyondTheHeader_IsRefused()
    {
        var sheet = Open("code,name,unit\na,喀左县,利州路,x\nb,c,d,\n");

        Assert.Equal(["b"], sheet.Rows.Select(r => r["code"]));
        Assert.Equal((2, "第4列"), (Assert.Single(sheet.Errors).Row, sheet.Errors[0].Column));
    }

    [Theory]
    [InlineData("code,name\na,\"b\nc,d\n")]
    [InlineData("code,name\na,\"b\"c\n")]
    [InlineData("code,name\na,b\"c\n")]
    public void Open_QuotesThatDoNotPair_AreRefusedOnTheirRow(string text)
    {
        var sheet = Open(text);

        Assert.Empty(sheet.Rows.ToList());
        var error = Assert.Single(sheet.Errors);
        Assert.Equal((2, "name"), (error.Row, error.Column));
        Assert.Contains("引号", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code,name,code\n")]
    [InlineData("Code,name, CODE \n")]
    [InlineData("code,name,ｃｏｄｅ\n")]
    [InlineData("code,name,co\u200Bde\n")]
    public void Open_AHeaderNamedTwice_IsRefusedOnRowOne(string header)
    {
        var sheet = Open(header + "first,x,last\n");

        Assert.Empty(sheet.Rows);
        var error = Assert.Single(sheet.Errors);
        Assert.Equal((1, "code"), (error.Row, error.Column));
        Assert.Contains("第1列和第3列", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CellsWithControlCharactersOrMojibake_AreRefusedButTheRowIsRead()
    {
        var sheet = Open("code,name,address\nKZ1,å–€å·¦,a\u0007b\nKZ2,仁\u202E和,ok\nKZ3,好,好\n");

        Assert.Equal(["KZ1", "KZ2", "KZ3"], sheet.Rows.Select(r => r["code"]));
        Assert.Equal([(2, "name"), (2, "address"), (3, "name")], sheet.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("喀左", sheet.Errors[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WorkbookWhoseFirstSheetIsHidden_ReadsTheFirstVisibleSheet()
    {
        using var stream = new MemoryStream(Workbooks.HiddenFirstSheet(
            [new Dictionary<string, object?> { ["code"] = "hidden" }], [new Dictionary<string, object?> { ["code"] = "visible" }]));
        var sheet = SheetReader.Open(stream, SheetFormat.Xlsx, "f.xlsx");

        Assert.Equal(["visible"], sheet.Rows.Select(r => r["code"]));
        Assert.Empty(sheet.Errors);
    }

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 400)]
    [InlineData(3, 200_000)]
    public void PlainCsvReader_AnyTextWithoutQuotes_GivesCsvHelpersRecords(int seed, int maxLength)
    {
        // Line ends of every kind, blank lines, empty and padded fields, characters CsvHelper might treat apart.
        const string alphabet = "ab,,\r\n\r\n \t#\0;中x";
        var random = new Random(seed);
        for (var sample = 0; sample < (maxLength > 1_000 ? 20 : 2_000); sample++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(maxLength)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            var plain = new List<string[]>();
            var reader = new PlainCsvReader(new StringReader(text));
            while (reader.Read() is { } record)
            {
                plain.Add(record);
            }

            Assert.Equal(CsvHelperRecords(text), plain);
        }
    }

    private static List<string[]> CsvHelperRecords(string text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, IgnoreBlankLines = false, DetectColumnCountChanges = false };
        using var parser = new CsvParser(new StringReader(text), configuration);
        var records = new List<string[]>();
        while (parser.Read())
        {
            records.Add(parser.Record ?? []);
        }

        return records;
    }

    private static SheetStream Open(string text) =>
        SheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), SheetFormat.Csv, "f.csv");
}
