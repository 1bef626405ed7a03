using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Sampling;
using Yaojian.Core.Sampling.Interchange;
using Yaojian.Testing;

namespace Yaojian.Core.Tests.Sampling;

/// <summary>The laboratory's result sheet read as docs/formats/sampling-results.md says: English or Chinese headers, the laboratory's words for its conclusions, its ways of writing dates.</summary>
public sealed class ResultFileTests
{
    [Theory]
    [InlineData("合格", SampleConclusion.Conforming)]
    [InlineData("符合规定", SampleConclusion.Conforming)]
    [InlineData("Conforming", SampleConclusion.Conforming)]
    [InlineData("不合格", SampleConclusion.Nonconforming)]
    [InlineData(" 不符合规定 ", SampleConclusion.Nonconforming)]
    [InlineData("nonconforming", SampleConclusion.Nonconforming)]
    [InlineData("基本合格", null)]
    [InlineData("", null)]
    public void ParseConclusion_TheLaboratorysWords_AreTheTwoConclusions(string text, SampleConclusion? expected) =>
        Assert.Equal(expected, ResultFile.ParseConclusion(text));

    [Theory]
    [InlineData("2025-03-12")]
    [InlineData("2025-3-12")]
    [InlineData("2025/3/12")]
    [InlineData("2025.3.12")]
    [InlineData("2025年3月12日")]
    public void Read_ChineseHeadersAndAnyUsualDate_GiveTheResult(string date)
    {
        var (rows, errors) = Read(ResultSheet.Csv([["yp-1", "叶酸片", "B1", "不符合规定", "含量测定；溶出度", "R-1", date, "市药检所"]], ResultSheet.ChineseColumns));

        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal(("YP-1", 2, "叶酸片", "B1"), (row.SampleNumber, row.RowNumber, row.ProductName, row.Batch));
        Assert.Equal((SampleConclusion.Nonconforming, "R-1", new DateOnly(2025, 3, 12), "市药检所"), (row.Result.Conclusion, row.Result.ReportNumber, row.Result.ReportedOn, row.Result.Laboratory));
        Assert.Equal(["含量测定", "溶出度"], row.Result.FailingItems.SelectMany(ResultRules.SplitItems));
    }

    [Fact]
    public void Read_WithoutTheRequiredColumns_NamesEachOnRowOne()
    {
        var (_, errors) = Read(ResultSheet.Csv([["YP-1", "合格"]], ["样品编号", "结论"]));

        Assert.Equal(
            ["r.csv:1:report_number: 缺少必需的列“report_number”（也可写作“报告书编号”）", "r.csv:1:reported_on: 缺少必需的列“reported_on”（也可写作“报告日期”）"],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_ARepeatedSampleNumberAndAnUnknownConclusion_AreErrorsOfTheirRows_TheGoodRowIsKept()
    {
        var (rows, errors) = Read(ResultSheet.Csv(
        [
            ["YP-1", "", "", "合格", "", "R-1", "2025-03-12", ""],
            ["yp-1", "", "", "合格", "", "R-2", "2025-03-12", ""],
            ["YP-3", "", "", "待定", "", "R-3", "2025-03-12", ""],
        ]));

        Assert.Equal(["YP-1"], rows.Select(r => r.SampleNumber));
        Assert.Equal(
            ["r.csv:3:sample_number: 样品编号“YP-1”已在第 2 行出现", "r.csv:4:conclusion: 未知的检验结论“待定”，应为：合格、不合格（也可写符合规定、不符合规定、conforming、nonconforming）"],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_OnlyAHeader_IsAnEmptyFile() =>
        Assert.Equal("r.csv: 文件中没有数据行", Assert.Single(Read(ResultSheet.Csv([])).Errors).ToString());

    private static (IReadOnlyList<ParsedResult> Rows, IReadOnlyList<ImportError> Errors) Read(byte[] csv)
    {
        using var stream = new MemoryStream(csv);
        var sheet = SheetReader.Open(stream, SheetFormat.Csv, "r.csv");
        return (ResultFile.Read(sheet), sheet.Errors);
    }
}
