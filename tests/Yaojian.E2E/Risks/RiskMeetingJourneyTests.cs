using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;
using Yaojian.Core.Common;

namespace Yaojian.E2E.Risks;

/// <summary>
/// Journey 5 on a desktop: the section chief raises a new device risk, opens the quarter's device risk consultation,
/// sees the agenda prepare itself (risks not yet consulted, the overdue measure from the last meeting, and no drug
/// sampling clue: those are the drug meeting's), records the meeting, decides two risks with measures, owners and
/// deadlines, reads the three lists and downloads them as the meeting's papers (.xlsx); on a 360-px phone the three
/// lists are cards. The drug meeting weighs the nonconforming drug samples; a station officer reading its agenda sees
/// other units' clues only as counts.
/// </summary>
public sealed partial class RiskMeetingJourneyTests(BrowserFixture browser, DemoCountyApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<DemoCountyApp>
{
    [Fact]
    public async Task Chief_HoldsTheQuarterlyMeeting_DecidesTwoRisks_AndDownloadsTheThreeListsAsXlsx()
    {
        var page = await SignedInAsync("chief", 1280, 900);

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
        await Assertions.Expect(page.GetByTestId("step-actor")).ToContainTextAsync("李科长");
        await Assertions.Expect(page.GetByTestId("timeline")).Not.ToContainTextAsync("chief");
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
        await Assertions.Expect(agenda).Not.ToContainTextAsync("抽检不合格");
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
        if (Environment.GetEnvironmentVariable("YAOJIAN_SCREENSHOTS") is { Length: > 0 } folder)
        {
            // Kept beside the screenshots, to print it (libreoffice --headless --convert-to pdf) and look at the pages.
            await download.SaveAsAsync(Path.Combine(folder, "risk-meeting-papers.xlsx"));
        }

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

        // The risk's record: each step by the chief's name, the decision at the meeting.
        var meetingUrl = page.Url;
        await page.GetByTestId("risk-list").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("timeline").Locator("li")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("step-actor").Last).ToContainTextAsync("李科长");
        await Assertions.Expect(page.GetByTestId("timeline")).Not.ToContainTextAsync("chief");
        await Screens.SaveAsync(page, "risk-decided");

        // On a phone, the meeting page fits the screen and each line of the three lists is a card as wide as the screen.
        await page.SetViewportSizeAsync(360, 780);
        await page.GotoAsync(meetingUrl);
        await Steps.AssertFitsThePhoneAsync(page);
        foreach (var row in new[] { "risk-list-row", "measure-list-row", "responsibility-row" })
        {
            var text = await page.GetByTestId(row).First.Locator("td.card-title").BoundingBoxAsync();
            Assert.True(text!.Width > 250, $"{row}: its text is {text.Width}px wide");
        }

        await Screens.SaveAsync(page, "risk-meeting-phone");
        await page.GotoAsync(app.BaseAddress + "risks/measures");
        await Steps.AssertFitsThePhoneAsync(page);
        await Screens.SaveAsync(page, "risk-measures-phone");
    }

    [Fact]
    public async Task DrugMeeting_WeighsTheNonconformingSamples_AndAStationOfficerSeesOtherUnitsCluesOnlyAsCounts()
    {
        var page = await SignedInAsync("chief", 1280, 900);

        await page.GotoAsync(app.BaseAddress + "risk-meetings");
        await page.GetByTestId("new-meeting-drug").ClickAsync();
        var samples = page.GetByTestId("agenda-signal").Filter(new() { HasText = "抽检不合格" });
        await Assertions.Expect(samples.GetByTestId("agenda-clue")).ToHaveCountAsync(2);
        var margin = await samples.Locator("a.raise").First.EvaluateAsync<string>("a => getComputedStyle(a).marginLeft");
        Assert.NotEqual("0px", margin);
        await Screens.SaveAsync(page, "risk-meeting-drug-new");

        // Raised from a clue, the form names the clue and starts on the meeting's area.
        await samples.Locator("a.raise").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("from-clue")).ToContainTextAsync("线索〔");
        await Assertions.Expect(page.Locator("#area")).ToHaveValueAsync("1");
        await Screens.SaveAsync(page, "risk-new-from-clue");

        await page.GotoAsync(app.BaseAddress + "risk-meetings/new?area=drug");
        var meeting = page.GetByTestId("meeting-form");
        await meeting.Locator("#chair").FillAsync("刘建国（副局长）");
        await meeting.Locator("#minutes").FillAsync("研判抽检不合格药品线索。");
        await meeting.Locator("button[name=record]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(MeetingUrl());
        var url = page.Url;

        // The station officer of 坤都营子 reads it on a phone: the samples came from 大城子's pharmacies, so only their count.
        var officer = await SignedInAsync("station", 360, 780);
        await officer.GotoAsync(url);
        var counted = officer.GetByTestId("agenda-signal").Filter(new() { HasText = "抽检不合格" });
        await Assertions.Expect(counted.GetByTestId("agenda-unseen")).ToContainTextAsync("2 条");
        await Assertions.Expect(counted.GetByTestId("agenda-clue")).ToHaveCountAsync(0);
        await Assertions.Expect(officer.GetByTestId("agenda")).Not.ToContainTextAsync("线索〔");
        await Steps.AssertFitsThePhoneAsync(officer);
        await Screens.SaveAsync(officer, "risk-meeting-drug-station-phone");
    }

    private async Task<IPage> SignedInAsync(string user, int width, int height)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, app, user);
        return page;
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
        var deadline = app.Clock.Today().AddDays(days);
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
