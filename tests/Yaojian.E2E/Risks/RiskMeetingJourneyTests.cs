using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Yaojian.E2E.Risks;

/// <summary>
/// Journey 5 on a desktop: the section chief raises a new device risk, opens the quarter's device risk consultation,
/// sees the agenda prepare itself (risks not yet consulted, the overdue measure from the last meeting), records the
/// meeting, decides two risks with measures, owners and deadlines, reads the three lists and downloads them as the
/// meeting's papers (.xlsx); the meeting page also fits a 360-px phone.
/// </summary>
public sealed partial class RiskMeetingJourneyTests(BrowserFixture browser, DemoCountyApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<DemoCountyApp>
{
    [Fact]
    public async Task Chief_HoldsTheQuarterlyMeeting_DecidesTwoRisks_AndDownloadsTheThreeListsAsXlsx()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, app, "chief");

        // 风险会商 in the menu: the demo register, its overdue measure first.
        await page.GotoAsync(app.BaseAddress + "risks");
        await Assertions.Expect(page.GetByTestId("risk-row").First).ToContainTextAsync("项措施逾期");
        await Screens.SaveAsync(page, "risks");

        // A new signal raised by hand.
        await page.GetByTestId("new-risk").ClickAsync();
        var form = page.GetByTestId("risk-form");
        await form.Locator("#title").FillAsync("乡镇卫生院冷链医疗器械储存温度超标");
        await form.Locator("#area").SelectOptionAsync("2");
        await form.Locator("#class").SelectOptionAsync("3");
        await form.Locator("#level").SelectOptionAsync("medium");
        await form.Locator("#place").FillAsync("坤都营子乡");
        await form.Locator("button[name=raise]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(RiskUrl());
        await Assertions.Expect(page.GetByTestId("risk-stage")).ToHaveTextAsync("风险排查");
        var raised = (await page.Locator("h1").InnerTextAsync()).Trim();
        await Screens.SaveAsync(page, "risk");

        // The meeting's agenda prepares itself.
        await page.GotoAsync(app.BaseAddress + "risk-meetings");
        await Screens.SaveAsync(page, "risk-meetings");
        await page.GetByTestId("new-meeting-device").ClickAsync();
        var agenda = page.GetByTestId("agenda");
        await Assertions.Expect(agenda.GetByTestId("agenda-risks").Locator("li")).ToHaveCountAsync(2);
        await Assertions.Expect(agenda.GetByTestId("agenda-risks")).ToContainTextAsync(raised);
        await Assertions.Expect(agenda.GetByTestId("agenda-overdue")).ToContainTextAsync("对城乡接合部诊所开展进货查验专项检查");
        await Screens.SaveAsync(page, "risk-meeting-new");
        var meeting = page.GetByTestId("meeting-form");
        await Assertions.Expect(meeting.Locator("input[name=units]:checked")).Not.ToHaveCountAsync(0);
        await meeting.Locator("#chair").FillAsync("刘建国（副局长）");
        await meeting.Locator("#persons").FillAsync("王志强 主任\n赵海 所长");
        await meeting.Locator("#minutes").FillAsync("研判本季度新发现的两项医疗器械风险。");
        await meeting.Locator("button[name=record]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(MeetingUrl());
        await Assertions.Expect(page.GetByTestId("attendees")).ToContainTextAsync("王志强 主任");

        // Two risks decided, each with a measure, its owner unit and person, and a deadline.
        var decide = page.GetByTestId("decide").Locator("details");
        await Assertions.Expect(decide).ToHaveCountAsync(2);
        await DecideAsync(page, raised, "区域性冷链风险，列入管控", "对辖区乡镇卫生院冷链设备开展专项检查", "坤都营子市场监督管理所", "赵海", 20);
        await DecideAsync(page, "医疗美容机构使用无证注射用透明质酸钠", "列入管控，查清填充剂来源", "核查透明质酸钠购进渠道并依法处置", "喀左县市场监督管理综合行政执法队", "孙队长", 30);

        await Assertions.Expect(page.GetByTestId("risk-list-row")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("measure-list-row")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("responsibility-row")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("risk-list")).ToContainTextAsync(raised);
        await Assertions.Expect(page.GetByTestId("responsibility-list")).ToContainTextAsync("孙队长");
        await Screens.SaveAsync(page, "risk-meeting");

        // The papers: one workbook, three sheets, every risk, measure and owner of the meeting.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("papers-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await using var papers = File.OpenRead((await download.PathAsync())!);
        Assert.Equal(["风险清单", "措施清单", "责任清单"], MiniExcel.GetSheetNames(papers));
        var risks = Rows(papers, "风险清单");
        Assert.StartsWith("喀左县市场监督管理局", risks[0]["A"]?.ToString(), StringComparison.Ordinal);
        Assert.Contains(risks.Skip(3), r => r["C"]?.ToString() == raised);
        Assert.Equal(2, risks.Count - 3);
        var measures = Rows(papers, "措施清单");
        Assert.Equal(["对辖区乡镇卫生院冷链设备开展专项检查", "核查透明质酸钠购进渠道并依法处置"], measures.Skip(3).Select(r => r["D"]?.ToString()).Order(StringComparer.Ordinal));
        var duties = Rows(papers, "责任清单");
        Assert.Equal(["喀左县市场监督管理综合行政执法队", "坤都营子市场监督管理所"], duties.Skip(3).Select(r => r["B"]?.ToString()).Order(StringComparer.Ordinal));

        // On a phone, the meeting page fits the screen (wide tables scroll inside their cards).
        await page.SetViewportSizeAsync(360, 780);
        await page.ReloadAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"the page is {overflow}px wider than a 360px phone");
        await Screens.SaveAsync(page, "risk-meeting-phone");
    }

    private async Task DecideAsync(IPage page, string risk, string conclusion, string measure, string unit, string person, int days)
    {
        var block = page.GetByTestId("decide").Locator("details", new() { HasText = risk });
        await block.Locator("summary").ClickAsync();
        var form = block.Locator("form");
        await form.Locator("select[name=kind]").SelectOptionAsync("1");
        await form.Locator("textarea[name=conclusion]").FillAsync(conclusion);
        await form.Locator("textarea[name=m1-text]").FillAsync(measure);
        await form.Locator("select[name=m1-unit]").SelectOptionAsync(new SelectOptionValue { Label = unit });
        await form.Locator("input[name=m1-person]").FillAsync(person);
        var deadline = DateOnly.FromDateTime(app.Clock.GetLocalNow().DateTime).AddDays(days);
        await form.Locator("input[name=m1-deadline]").FillAsync(deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("risk-list")).ToContainTextAsync(conclusion);
    }

    private static List<IDictionary<string, object?>> Rows(Stream workbook, string sheet)
    {
        workbook.Position = 0;
        return [.. MiniExcel.Query(workbook, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }

    [GeneratedRegex(@"/risks/\d+$")]
    private static partial Regex RiskUrl();

    [GeneratedRegex(@"/risk-meetings/\d+$")]
    private static partial Regex MeetingUrl();
}
