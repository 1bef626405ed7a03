using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yaojian.E2E.Planning;

namespace Yaojian.E2E.Inspections;

/// <summary>
/// Journeys 2 and 3 on a 360-px phone: the inspector opens today's planned visit from 现场检查, taps through the
/// checklist, writes up a nonconformity as a finding with a photo while the network is down (nothing is lost, it goes
/// when the network is back), gets the signatures, finishes the record, downloads the 现场检查笔录 and issues a
/// rectification order, which is followed through the reply and the re-check to its close.
/// </summary>
public sealed partial class InspectionJourneyTests(BrowserFixture browser, DemoCountyApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<DemoCountyApp>
{
    [Fact]
    public async Task Inspector_OnAPhone_InspectsAPlannedVisit_AndFollowsTheRectificationOrderToItsClose()
    {
        await DrawnPlan.EnsureAsync(browser.Browser, app);
        // The day the station's first visit of the year opens (a rural station has few planned visits under Kazuo's plan).
        // The phone signs in only after the clock is there: a session begun before a jump of weeks would be expired.
        app.Clock.SetUtcNow((await FirstVisitDayAsync()).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc));
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 780 }, Locale = "zh-CN", HasTouch = true });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, app, "inspector");

        // 工作台 lists today's visits; 现场检查 has them all.
        await page.GotoAsync(app.BaseAddress.ToString());
        await Assertions.Expect(page.GetByTestId("today").GetByTestId("due-visit").First).ToBeVisibleAsync();
        await page.GotoAsync(app.BaseAddress + "inspections");
        await Screens.SaveAsync(page, "inspections");
        var visit = page.GetByTestId("due").GetByTestId("due-visit").First;
        var entity = (await visit.Locator("a.entity").InnerTextAsync()).Trim();
        await visit.GetByTestId("start").ClickAsync();

        var start = page.GetByTestId("start-form");
        await Assertions.Expect(start.Locator("input[name=inspector]:checked")).ToHaveCountAsync(2);
        await Screens.SaveAsync(page, "inspection-start");
        await start.Locator("input[name=representative-title]").FillAsync("企业负责人");
        await start.Locator("button[name=begin]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(RecordUrl());
        var recordPath = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(entity);
        await Assertions.Expect(page.GetByTestId("record-status")).ToHaveTextAsync("填写中");
        await Steps.AssertFitsThePhoneAsync(page);

        // The checklist: the first item does not conform, the rest do.
        var items = page.GetByTestId("item");
        var count = await items.CountAsync();
        Assert.True(count > 1, "the plan file gives the visit a checklist");
        await items.Nth(0).Locator(".answer-choice.result-2").TapAsync();
        for (var i = 1; i < count; i++)
        {
            await items.Nth(i).Locator(".answer-choice.result-1").TapAsync();
        }

        await Assertions.Expect(page.GetByTestId("sync")).ToHaveTextAsync("已保存");
        await Assertions.Expect(page.GetByTestId("checklist").Locator("h2")).ToContainTextAsync($"已答 {count}/{count}");
        await Screens.SaveAsync(page, "inspection-checklist");

        // In the cellar: no network. The finding and its photo wait on the phone, and say so.
        await Assertions.Expect(page.Locator("html[data-offline-ready=true]")).ToHaveCountAsync(1);
        await context.SetOfflineAsync(true);
        var add = page.GetByTestId("add-finding");
        await Assertions.Expect(add.Locator("select[name=finding-item]")).ToHaveValueAsync(new Regex(".+"));
        await add.Locator("select[name=finding-severity]").SelectOptionAsync("2");
        await add.Locator("textarea[name=finding-description]").FillAsync("部分药品直接放在地面，未按要求离地存放");
        await add.Locator("input[name=finding-photo]").SetInputFilesAsync(new FilePayload { Name = "现场.jpg", MimeType = "image/jpeg", Buffer = await PhotoAsync(page) });
        await add.Locator("button[name=add-finding]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sync")).ToContainTextAsync("网络未连接");
        await Assertions.Expect(page.GetByText("待发送：部分药品直接放在地面")).ToBeVisibleAsync();
        await Screens.SaveAsync(page, "inspection-offline");

        // Still no network: the page reloads from the phone, the answers and the waiting finding with it; the day's list
        // opens too, and a page the phone never kept says what to do.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(entity);
        await Assertions.Expect(page.GetByText("待发送：部分药品直接放在地面")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("checklist").Locator("h2")).ToContainTextAsync($"已答 {count}/{count}");
        await page.GotoAsync(app.BaseAddress + "inspections");
        await Assertions.Expect(page.GetByTestId("drafts").Locator($"a[href='{recordPath}']")).ToHaveCountAsync(1);
        await page.GotoAsync(app.BaseAddress + "inspections/999999");
        await Assertions.Expect(page.GetByTestId("offline-page")).ToBeVisibleAsync();
        await Screens.SaveAsync(page, "inspection-offline-page");
        await page.GotoAsync(app.BaseAddress + recordPath.TrimStart('/'));
        await Assertions.Expect(page.GetByText("待发送：部分药品直接放在地面")).ToBeVisibleAsync();

        // The network is back: it is sent, and the page shows it stored, photo and all.
        await context.SetOfflineAsync(false);
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('online'))");
        var finding = page.GetByTestId("finding").Filter(new() { HasText = "部分药品直接放在地面" });
        await Assertions.Expect(finding).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Assertions.Expect(finding.Locator("img")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("checklist").Locator("h2")).ToContainTextAsync($"已答 {count}/{count}");

        // Signatures: both officers, then the pharmacy's representative; then the record is finished and frozen.
        // Each signature reloads the page to show it; the next button is enabled once the page's script runs again.
        foreach (var signed in Enumerable.Range(1, 2))
        {
            await page.Locator("button[name=sign-inspector]:enabled").First.ClickAsync();
            await Assertions.Expect(page.GetByTestId("signatures").Locator(".badge.ok")).ToHaveCountAsync(signed);
        }

        await Assertions.Expect(page.Locator("button[name=sign-inspector]")).ToHaveCountAsync(0);
        await page.Locator("input[name=representative-name]").FillAsync("刘建国");
        await page.Locator("button[name=sign-representative]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signatures")).ToContainTextAsync("刘建国");
        await page.Locator("button[name=finish]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("record-status")).ToHaveTextAsync("已完成");
        await Assertions.Expect(page.Locator(".answer-choice")).ToHaveCountAsync(0);

        await Screens.SaveAsync(page, "inspection-finished");
        var record = await page.APIRequest.GetAsync(app.BaseAddress + (await page.GetByTestId("record-docx").GetAttributeAsync("href"))!.TrimStart('/'));
        Assert.True(record.Ok, $"the record's .docx answered {record.Status}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", record.Headers["content-type"]);
        await Steps.AssertFitsThePhoneAsync(page);

        // The rectification order for the finding, with the default fifteen days.
        var issue = page.GetByTestId("issue-form");
        await issue.Locator("select[name=kind]").SelectOptionAsync("1");
        await issue.Locator("textarea[name=reason]").FillAsync("依据《药品经营质量管理规范》责令限期改正");
        await issue.Locator("button[name=issue]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("disposition-state")).ToHaveTextAsync("整改中");
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("依据《药品经营质量管理规范》责令限期改正");
        var order = await page.APIRequest.GetAsync(app.BaseAddress + (await page.GetByTestId("order-docx").GetAttributeAsync("href"))!.TrimStart('/'));
        Assert.True(order.Ok, $"the order's .docx answered {order.Status}");
        await Screens.SaveAsync(page, "disposition-issued");

        // The pharmacy's reply with its report, the re-check on site, and the close.
        await StepAsync(page, "ReceiveReply", async form =>
        {
            await form.Locator("textarea[name=reply]").FillAsync("已购置货架，药品全部离地存放");
            await form.Locator("input[name=file]").SetInputFilesAsync(new FilePayload { Name = "整改报告.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() });
        });
        await Assertions.Expect(page.GetByTestId("disposition-state")).ToHaveTextAsync("已回复待复查");
        await Assertions.Expect(page.GetByTestId("disposition-files")).ToContainTextAsync("整改报告.pdf");
        await StepAsync(page, "RecheckPassed", form => form.Locator("textarea[name=reason]").FillAsync("现场复查，已整改到位"));
        await Assertions.Expect(page.GetByTestId("disposition-state")).ToHaveTextAsync("复查合格");
        await StepAsync(page, "Close", _ => Task.CompletedTask);
        await Assertions.Expect(page.GetByTestId("disposition-state")).ToHaveTextAsync("已办结");
        await Assertions.Expect(page.GetByTestId("steps")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("timeline").Locator("li")).ToHaveCountAsync(4);
        await Screens.SaveAsync(page, "disposition-closed");
        await Steps.AssertFitsThePhoneAsync(page);

        // The pharmacy's record keeps it all: the inspection and the order, closed.
        var disposition = await page.APIRequest.GetAsync(app.BaseAddress + "api" + new Uri(page.Url).AbsolutePath);
        var entityId = (await disposition.JsonAsync())!.Value.GetProperty("entityId").GetInt32();
        await page.GotoAsync(app.BaseAddress + $"registry/{entityId}");
        await Assertions.Expect(page.GetByTestId("entity-inspections").Locator($"a[href='{recordPath}']")).ToHaveCountAsync(1);
        var closedOrder = page.GetByTestId("entity-dispositions").GetByTestId("disposition-row").Filter(new() { HasText = "部分药品直接放在地面" });
        await Assertions.Expect(closedOrder).ToContainTextAsync("责令改正");
        await Assertions.Expect(closedOrder).ToContainTextAsync("已办结");
        await Screens.SaveAsync(page, "entity-inspections");
        await Steps.AssertFitsThePhoneAsync(page);

        // An ad hoc inspection of the same pharmacy starts from a search by its name.
        await page.GotoAsync(app.BaseAddress + "inspections");
        await page.GetByTestId("ad-hoc").ClickAsync();
        await page.Locator("input[name=q]").FillAsync(entity);
        await page.Locator("button[name=search]").ClickAsync();
        await page.GetByTestId("entity-choices").GetByRole(AriaRole.Link, new() { Name = entity, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("start-form")).ToBeVisibleAsync();
        await Steps.AssertFitsThePhoneAsync(page);
    }

    private static async Task StepAsync(IPage page, string trigger, Func<ILocator, Task> fill)
    {
        var step = page.GetByTestId($"step-{trigger}");
        await step.Locator("summary").ClickAsync();
        await fill(step.Locator("form"));
        await step.Locator($"button[name=fire-{trigger}]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static async Task<byte[]> PhotoAsync(IPage page)
    {
        var base64 = await page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
              const canvas = document.createElement('canvas');
              canvas.width = 640; canvas.height = 480;
              const g = canvas.getContext('2d');
              g.fillStyle = '#8a6d3b'; g.fillRect(0, 0, 640, 480);
              g.fillStyle = '#fff'; g.fillRect(80, 300, 480, 120);
              canvas.toBlob(b => { const r = new FileReader(); r.onload = () => resolve(r.result.split(',')[1]); r.readAsDataURL(b); }, 'image/jpeg', 0.9);
            })
            """);
        return Convert.FromBase64String(base64);
    }

    [GeneratedRegex(@"/inspections/\d+$")]
    private static partial Regex RecordUrl();

    private async Task<DateOnly> FirstVisitDayAsync()
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, app, "inspector");
        var visits = await page.APIRequest.GetAsync(app.BaseAddress + "api/plans/2025/visits?pageSize=1");
        var first = (await visits.JsonAsync())!.Value.GetProperty("items")[0].GetProperty("windowStart").GetString()!;
        await context.CloseAsync();
        return DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
    }
}
