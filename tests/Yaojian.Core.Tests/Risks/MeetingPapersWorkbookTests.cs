using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Yaojian.Core.Risks;

namespace Yaojian.Core.Tests.Risks;

/// <summary>
/// The meeting's papers print as a bureau hands them out: every sheet A4 landscape, one page wide, the header row
/// repeated on each page, page numbers in the footer, and every row tall enough for all the lines of its wrapped text.
/// Set <c>YAOJIAN_PAPERS</c> to a file name to keep the workbook of a long meeting (to render it with LibreOffice).
/// </summary>
public sealed class MeetingPapersWorkbookTests
{
    [Fact]
    public void Write_EverySheet_IsA4LandscapeOnePageWide_WithItsHeaderRowRepeated_AndPageNumbers()
    {
        using var document = Open(MeetingPapersWorkbook.Write(LongMeeting()));
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var titles = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();

        Assert.Equal(["风险清单", "措施清单", "责任清单"], sheets.Select(s => s.Name!.Value));
        Assert.Equal([0u, 1u, 2u], titles.Select(t => t.LocalSheetId!.Value));
        Assert.Equal(["'风险清单'!$3:$3", "'措施清单'!$3:$3", "'责任清单'!$3:$3"], titles.Select(t => t.Text));
        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal((OrientationValues.Landscape, 9u, 1u, 0u), (setup.Orientation!.Value, setup.PaperSize!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
            Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            Assert.Equal("&L&A&C第 &P 页，共 &N 页", worksheet.GetFirstChild<HeaderFooter>()!.OddFooter!.Text);
            Assert.True(worksheet.GetFirstChild<PrintOptions>()!.HorizontalCentered!.Value);
            Assert.All(worksheet.Descendants<Row>(), r => Assert.True(r.CustomHeight!.Value && r.Height!.Value >= PaperRows.Height(1)));
        }
    }

    [Fact]
    public void Write_TheResponsibilityRowOfSixDuties_IsTallEnoughForSixLines_AndAShortRowStaysOneLineHigh()
    {
        var meeting = LongMeeting();
        using var document = Open(MeetingPapersWorkbook.Write(meeting));
        var duties = Rows(document, "责任清单");
        var many = meeting.Papers.Responsibilities.Single(r => r.Items.Count == 6);
        var single = meeting.Papers.Responsibilities.Single(r => r.OwnerUnit == "宣传教育室");

        Assert.True(duties[many.Seq + 2].Height!.Value >= PaperRows.Height(6), $"{duties[many.Seq + 2].Height!.Value} pt for six lines");
        Assert.Equal(PaperRows.Height(1), duties[single.Seq + 2].Height!.Value);
        Assert.Equal(meeting.Papers.Responsibilities.Count + 3, duties.Count);

        if (Environment.GetEnvironmentVariable("YAOJIAN_PAPERS") is { Length: > 0 } keep)
        {
            File.WriteAllBytes(keep, MeetingPapersWorkbook.Write(meeting));
        }
    }

    [Theory]
    [InlineData("", 10, 1)]
    [InlineData("核查进货渠道", 14, 1)]
    [InlineData("核查进货渠道", 13, 2)]
    [InlineData("一\n二\n三", 40, 3)]
    [InlineData("风险〔2025〕第001号", 21, 1)]
    [InlineData("风险〔2025〕第001号", 16, 2)]
    [InlineData("abcdefgh abcdefgh", 11, 2)]
    public void Lines_CountTheLinesTheTextWrapsTo(string text, double width, int lines) =>
        Assert.Equal(lines, PaperRows.Lines(text, width));

    [Property(MaxTest = 300)]
    public void Lines_NeverFewerThanTheTextsLineBreaks_NorThanItsWidthOverTheColumns(NonEmptyString text, PositiveInt columns)
    {
        var width = 4 + (columns.Get % 60);
        var value = text.Get;

        var lines = PaperRows.Lines(value, width);

        Assert.True(lines >= value.Split('\n').Length);
        Assert.True(lines * (width - PaperRows.CellMargin) >= value.Where(c => c is not ('\n' or '\r' or ' ')).Sum(PaperRows.Width));
    }

    [Property(MaxTest = 200)]
    public void Lines_OfCjkText_AreItsCharactersOverTheCharactersALineHolds(PositiveInt length, PositiveInt columns)
    {
        var text = new string('药', 1 + (length.Get % 200));
        var width = 5 + (columns.Get % 60);

        var perLine = (int)((width - PaperRows.CellMargin) / 2);

        Assert.Equal((text.Length + perLine - 1) / perLine, PaperRows.Lines(text, width));
    }

    /// <summary>A long quarter's meeting: twelve risks, long names and conclusions, twenty-five measures over seven
    /// units, one unit answering for six of them.</summary>
    internal static MeetingView LongMeeting()
    {
        var day = new DateOnly(2025, 3, 15);
        var units = new[] { "喀左县市场监督管理综合行政执法队", "医疗器械安全监督管理室", "坤都营子市场监督管理所", "大城子市场监督管理所", "南公营子市场监督管理所", "网络交易与广告监督管理室", "宣传教育室" };
        var titles = new[]
        {
            "乡镇卫生院冷链医疗器械储存温度超标", "医疗美容机构使用无证注射用透明质酸钠", "网络销售助听器夸大宣传治疗功效", "城乡接合部诊所从非法渠道购进一次性使用无菌医疗器械",
            "牙科诊所使用未经注册的种植体", "民营专科医院植入类医疗器械使用记录不全", "青少年近视防治产品虚假宣传", "贴敷类产品冒充医疗器械销售",
            "医疗器械经营企业冷链运输记录缺失", "二级以上医疗机构设备维护保养记录不全", "辅助生殖用医疗器械进货查验不严", "集采中选医疗器械配送不及时",
        };
        var risks = titles.Select((t, i) => new RiskListRow(
            i + 1, i + 1, $"风险〔2025〕第{i + 1:D3}号", t, (RiskClass)((i % 3) + 1), i % 2 == 0 ? "高风险" : "中风险", RiskSource.Manual,
            i % 3 == 0 ? "喀左县大凌河医疗美容诊所、喀左县利州口腔诊所；注射用透明质酸钠；城乡接合部 大城子街道、利州街道" : "坤都营子乡",
            units[1], RiskDecisionKind.Control,
            i % 2 == 0 ? "经会商研判，该风险涉及面广、呈区域性，列入管控，由执法队牵头会同属地市场所全面排查同类产品的购进渠道和使用情况，一个月内报送排查结果。" : "列入管控",
            RiskStage.Control)).ToList();
        var measures = Enumerable.Range(0, 24).Select(i => new MeasureListRow(
            i + 1, i + 1, (i % 12) + 1, $"风险〔2025〕第{(i % 12) + 1:D3}号", titles[i % 12],
            i % 4 == 0 ? "对辖区内全部乡镇卫生院、社区卫生服务中心和个体诊所的冷链医疗器械储存设备开展专项检查，逐台核对温度记录，发现问题当场责令整改并跟踪复查" : "核查购进渠道并依法处置",
            i < 6 ? units[0] : units[1 + (i % 5)], i < 6 ? "孙队长" : i % 2 == 0 ? null : "赵海", day.AddDays(10 + i), MeasureStatus.Open, false))
            .Append(new MeasureListRow(25, 25, 12, "风险〔2025〕第012号", titles[11], "发布消费提示", units[6], "王明", day.AddDays(40), MeasureStatus.Open, false)).ToList();
        var papers = new MeetingPapers(risks, measures, MeetingPapers.ResponsibilitiesOf(measures));
        return new MeetingView(1, RiskArea.Device, "2025年第一季度医疗器械风险会商会", "喀左县市场监督管理局", day, 2025, 1, "刘建国（副局长）", "三楼会议室", null, [], papers);
    }

    private static SpreadsheetDocument Open(byte[] content) => SpreadsheetDocument.Open(new MemoryStream(content), false);

    private static List<Row> Rows(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return [.. ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()];
    }
}
