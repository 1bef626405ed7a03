using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Yaojian.E2E.Cases;

/// <summary>
/// Journey 4 to its end, across sampling and cases: the chief finds the demo county's nonconforming sample in the
/// filing rate's gap list, opens the clue it raised, registers the case, investigates and decides it, publishes the
/// decision — the gap closes and the filing rate reaches its 100% target — and a citizen reads the decision.
/// </summary>
public sealed partial class SampleToPenaltyJourneyTests(BrowserFixture browser, DemoCountyApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<DemoCountyApp>
{
    private const string DecisionNumber = "喀市监药罚〔2025〕11号";

    [Fact]
    public async Task Chief_FilesTheNonconformingSamplesCase_DecidesAndPublishesIt_AndTheFilingRateReachesItsTarget()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, app, "chief");

        await page.GotoAsync(app.BaseAddress + "sampling/filing");
        await Assertions.Expect(page.GetByTestId("met")).ToHaveTextAsync("未达标");
        var gap = page.GetByTestId("gap").First;
        var sampleNumber = await gap.GetAttributeAsync("data-number");
        await gap.Locator("a.number").ClickAsync();
        await Assertions.Expect(page.GetByTestId("conclusion")).ToHaveTextAsync("不合格");
        await Assertions.Expect(page.GetByTestId("sample-clue")).ToContainTextAsync("未立案");
        await page.GetByTestId("sample-clue-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ClueUrl());
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("抽检");
        // Filing is compulsory for a nonconforming sample (100%, KZ-D-3.6): no drop, no other handling on offer.
        await Assertions.Expect(page.GetByTestId("filing-required")).ToContainTextAsync("100%");
        await Assertions.Expect(page.GetByTestId("triage-Drop")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("triage-HandleOtherwise")).ToHaveCountAsync(0);

        await Steps.SubmitAsync(page, "triage-RegisterCase", async f =>
        {
            await f.Locator("input[name=cause]").FillAsync("涉嫌销售劣药（抽检不合格）");
            await f.Locator("textarea[name=reason]").FillAsync("监督抽检不合格，依法立案调查");
            await f.Locator("input[name=approvedBy]").FillAsync("王局长");
            await Screens.SaveAsync(page, "clue-register-sampling");
        });
        await Assertions.Expect(page).ToHaveURLAsync(CaseUrl());
        await Assertions.Expect(page.GetByTestId("case-state")).ToHaveTextAsync("已立案");
        await Steps.SubmitAsync(page, "case-step-Investigate", f => f.Locator("textarea[name=reason]").FillAsync("调取进货票据，询问企业负责人"));
        await Steps.SubmitAsync(page, "case-step-Decide", async f =>
        {
            await f.Locator("input[name=decisionNumber]").FillAsync(DecisionNumber);
            await f.Locator("textarea[name=reason]").FillAsync("当事人销售劣药，违反《中华人民共和国药品管理法》第九十八条");
            var rows = f.GetByTestId("penalty-row");
            await rows.Nth(0).Locator("select[name=p0-kind]").SelectOptionAsync("2");
            await rows.Nth(0).Locator("input[name=p0-amount]").FillAsync("10000");
        });
        await Assertions.Expect(page.GetByTestId("case-state")).ToHaveTextAsync("已作出处罚决定");
        await Steps.SubmitAsync(page, "case-step-Publish", _ => Task.CompletedTask);
        await Assertions.Expect(page.GetByTestId("case-publication")).ToContainTextAsync("已于");

        // Filed: the sample leaves the gap list, the case-filing rate meets its target.
        await page.GotoAsync(app.BaseAddress + "sampling/filing");
        await Assertions.Expect(page.Locator($"[data-testid=gap][data-number='{sampleNumber}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("rate")).ToHaveTextAsync("100.0%");
        await Assertions.Expect(page.GetByTestId("met")).Not.ToHaveTextAsync("未达标");
        await Screens.SaveAsync(page, "sampling-filed");

        var citizen = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 780 }, Locale = "zh-CN" });
        var open = await citizen.NewPageAsync();
        await open.GotoAsync(app.BaseAddress + "public/penalties");
        await Assertions.Expect(open.GetByTestId("public-penalty").Filter(new() { HasText = DecisionNumber })).ToContainTextAsync("罚款 10,000元");
    }

    [GeneratedRegex(@"/cases/clues/\d+$")]
    private static partial Regex ClueUrl();

    [GeneratedRegex(@"/cases/\d+$")]
    private static partial Regex CaseUrl();
}
