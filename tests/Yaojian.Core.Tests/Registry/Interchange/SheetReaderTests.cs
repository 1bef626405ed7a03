using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Yaojian.Core.Registry.Interchange;

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
    public void Open_ShortRow_ReadsTheMissingCellsAsEmpty()
    {
        var row = Assert.Single(Open("code,name,unit\na\n").Rows);

        Assert.Equal(("a", "", ""), (row["code"], row["name"], row["unit"]));
        Assert.True(row.Has("unit"));
        Assert.False(row.Has("kind"));
        Assert.Equal(3, row.Cells.Count);
    }

    [Fact]
    public void Open_RepeatedHeaderName_ReadsItsLastColumnButEveryColumnKeepsTheRow()
    {
        var rows = Open("code,code,,name\nfirst,last,ignored,x\nonly-first,,,\n").Rows.ToList();

        Assert.Equal(["last", ""], rows.Select(r => r["code"]));
        Assert.Equal(["code", "name"], rows[0].Cells.Keys);
        Assert.Equal(
            [new KeyValuePair<string, string>("code", "last"), new KeyValuePair<string, string>("name", "x")],
            rows[0].Cells);
    }

    [Fact]
    public void Open_BadQuoting_ThrowsWhileTheRowsAreRead()
    {
        var sheet = Open("code,name\na,\"b\"c\n");

        Assert.ThrowsAny<CsvHelper.CsvHelperException>(() => sheet.Rows.ToList());
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
        SheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), SheetFormat.Csv);
}
