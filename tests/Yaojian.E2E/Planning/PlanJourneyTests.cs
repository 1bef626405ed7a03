using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Yaojian.E2E.Planning;

/// <summary>
/// Journey 1, start of the year: the chief sees the plan file validated with its requirement IDs, draws the year with
/// an announced seed, reads the calendar, the loads and the coverage, moves a visit with a reason and publishes the
/// draw, which the public can then read. An inspector reads their unit's visits on a phone.
/// </summary>
public sealed partial class PlanJourneyTests(BrowserFixture browser, DemoCountyApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<DemoCountyApp>
{
    private const string Seed = DrawnPlan.Seed;

    [Fact]
    public async Task Chief_DrawsMovesAndPublishesThePlan_AndThePublicSeesTheDraw()
    {
        var page = await NewPageAsync(1280, 900);
        await SignIn.AsAsync(page, app, "chief");
        await page.GotoAsync(app.BaseAddress + "plans");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("检查计划");
        await Assertions.Expect(page.GetByTestId("plan-title")).ToHaveTextAsync("2025年喀左县药品医疗器械监管工作要点");
        await Assertions.Expect(page.GetByTestId("rules")).ToContainTextAsync("KZ-M-2.1");
        await Assertions.Expect(page.GetByTestId("rules")).ToContainTextAsync("每年随机抽取不少于 25%，4 年内全覆盖");
        await Assertions.Expect(page.GetByTestId("grading")).ToContainTextAsync("检查发现严重缺陷的，信用等级降一级");
        await Assertions.Expect(page.GetByTestId("grading")).ToContainTextAsync("KZ-M-4.4");
        // The demo county's lost and zombie pharmacies and clinics fall outside Kazuo's device clean-up campaign: the page says so.
        await Assertions.Expect(page.GetByTestId("dormant-outside-plan")).ToContainTextAsync("户失联或僵尸备案的监管对象不在本计划");
        await Assertions.Expect(page.GetByTestId("dormant-outside-plan").Locator("a[href='/registry?status=lost_contact']")).ToHaveCountAsync(1);
        await page.Locator(".actions[data-interactive=true]").WaitForAsync();

        await page.Locator("input[name=seed]").FillAsync(Seed);
        await page.Locator("button[name=draw]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("draw-done")).ToContainTextAsync(Seed);
        await Assertions.Expect(page.GetByTestId("plan-status")).ToHaveTextAsync("草稿（未公示）");
        await Assertions.Expect(page.GetByTestId("seed")).ToHaveTextAsync(Seed);
        var visits = await TotalAsync(page);
        Assert.True(visits > 0, "the draw planned no visit");

        // Move the first visit to December, with a reason.
        var name = (await page.Locator(".visit-grid a.entity-link").First.InnerTextAsync()).Trim();
        await page.Locator(".visit-grid button[name=change]").First.ClickAsync();
        var form = page.GetByTestId("change-form");
        await Assertions.Expect(form).ToBeVisibleAsync();
        await form.Locator("select[name=change-month]").SelectOptionAsync("12");
        await form.Locator("textarea[name=change-reason]").FillAsync("企业装修停业，延至12月检查");
        await form.Locator("button[name=change-save]").ClickAsync();
        await Assertions.Expect(form).ToBeHiddenAsync();
        await page.Locator("input[name=q]").FillAsync(name);
        await page.Locator("form.filters button[name=query]").ClickAsync();

        // Demo names can repeat (two vaccination points of one township): the moved one is among them, in December.
        await Assertions.Expect(page.Locator(".visit-grid tbody tr").Filter(new() { HasText = name }).Filter(new() { HasText = "12月" })).Not.ToHaveCountAsync(0);

        // The visits of one inspector.
        await page.Locator("input[name=q]").FillAsync(string.Empty);
        await page.Locator("form.filters button[name=query]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("visit-total")).ToHaveTextAsync($"共 {visits} 次检查");
        var inspector = (await page.Locator(".visit-grid [data-testid=inspectors]").First.InnerTextAsync()).Split('、')[0].Trim();
        await page.Locator(".filter-picker:has(input[name='inspector']), .filter-picker[name='inspector']").First.ClickAsync();
        await page.Locator(".rz-dropdown-item:visible").Filter(new() { HasText = inspector }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("visit-total")).Not.ToHaveTextAsync($"共 {visits} 次检查");
        await Assertions.Expect(page.Locator(".visit-grid [data-testid=inspectors]").Filter(new() { HasNotText = inspector })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".visit-grid [data-testid=inspectors]").First).ToContainTextAsync(inspector);

        await page.GetByRole(AriaRole.Tab, new() { Name = "日历" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("month-strip")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "按单位" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("unit-loads")).ToContainTextAsync("医疗器械安全监督管理室");
        await page.GetByRole(AriaRole.Tab, new() { Name = "覆盖进度" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("coverage").Last).ToContainTextAsync("达标");
        await Assertions.Expect(page.GetByTestId("coverage").Last).Not.ToContainTextAsync("未达标");

        await page.Locator("button[name=publish]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-status")).ToHaveTextAsync("已公示");
        await Assertions.Expect(page.Locator("button[name=draw]")).ToHaveCountAsync(0);

        var citizen = await NewPageAsync(1280, 900);
        await citizen.GotoAsync(app.BaseAddress + "public/plans/2025");
        await Assertions.Expect(citizen.GetByTestId("public-seed")).ToHaveTextAsync(Seed);
        // One row per drawn target, and not when it will be visited (that would forewarn it).
        var targets = citizen.GetByTestId("public-targets").Locator("tbody tr");
        await Assertions.Expect(targets.Filter(new() { HasText = name })).Not.ToHaveCountAsync(0);
        Assert.InRange(await targets.CountAsync(), 1, visits);
        await Assertions.Expect(citizen.GetByTestId("public-targets")).Not.ToContainTextAsync("月");
        await Assertions.Expect(citizen.Locator("body")).Not.ToContainTextAsync("信用等级");
    }

    [Fact]
    public async Task Inspector_OnAPhone_SeesOnlyTheirStationsVisits()
    {
        await DrawnPlan.EnsureAsync(browser.Browser, app);
        var page = await NewPageAsync(360, 780);
        await SignIn.AsAsync(page, app, "inspector");
        await page.GotoAsync(app.BaseAddress + "plans");
        await Assertions.Expect(page.GetByTestId("plan-status")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("button[name=draw]")).ToHaveCountAsync(0);
        Assert.True(await TotalAsync(page) > 0, "the inspector's station has visits this year");
        var rows = page.Locator(".visit-grid tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"the page is {overflow}px wider than a 360px phone");
        await page.GetByRole(AriaRole.Tab, new() { Name = "按单位" }).ClickAsync();
        var units = await page.GetByTestId("unit-loads").Locator("tbody tr").AllInnerTextsAsync();
        Assert.All(units, u => Assert.StartsWith("大城子市场监督管理所", u.Trim(), StringComparison.Ordinal));
    }

    private async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    private static async Task<int> TotalAsync(IPage page)
    {
        var total = page.GetByTestId("visit-total");
        await Assertions.Expect(total).ToHaveTextAsync(TotalPattern());
        var match = TotalPattern().Match(await total.InnerTextAsync());
        return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("zh-CN"));
    }

    [GeneratedRegex(@"共\s*([\d,]+)\s*次检查")]
    private static partial Regex TotalPattern();
}
