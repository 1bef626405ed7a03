using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yaojian.Testing;

namespace Yaojian.E2E.Sampling;

/// <summary>
/// Journey 4 on a 360-px phone: the station's inspector records a sample from 抽检, imports the laboratory's sheet
/// with a nonconforming result, sees the clue it opened, and finds the case-filing rate below 100% with the sample in
/// the gap list — and on the entity's own page.
/// </summary>
public sealed partial class SamplingJourneyTests(BrowserFixture browser, DemoCountyApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<DemoCountyApp>
{
    private const string Number = "KZ25YP9001";

    [Fact]
    public async Task Inspector_OnAPhone_RecordsASample_ImportsANonconformingResult_AndSeesTheGapInTheFilingRate()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 780 }, Locale = "zh-CN", HasTouch = true });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, app, "inspector");

        // 抽检: the year's plan from the Kazuo plan file, the demo's samples counted, the counts awaiting the city's plan.
        await Assertions.Expect(page.Locator("a.menu-link[href='/sampling']")).ToHaveCountAsync(1);
        await page.GotoAsync(app.BaseAddress + "sampling");
        await Assertions.Expect(page.GetByTestId("category-progress")).ToContainTextAsync("药品监督抽检");
        await Assertions.Expect(page.GetByTestId("counts-missing")).ToBeVisibleAsync();
        await Screens.SaveAsync(page, "sampling");
        await Steps.AssertFitsThePhoneAsync(page);
        var gapsBefore = await GapCountAsync(page);

        // The sampling form for one of the station's pharmacies.
        var pharmacies = await page.APIRequest.GetAsync(app.BaseAddress + "api/entities?kind=retail_pharmacy&status=active&pageSize=1");
        var pharmacy = (await pharmacies.JsonAsync())!.Value.GetProperty("items")[0];
        var name = pharmacy.GetProperty("name").GetString()!;
        await page.GetByTestId("new-sample").ClickAsync();
        await page.Locator("input[name=q]").FillAsync(name);
        await page.Locator("button[name=search]").ClickAsync();
        await page.GetByTestId("entity-choices").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();

        var form = page.GetByTestId("sample-form");
        await form.Locator("input[name=number]").FillAsync(Number);
        await form.Locator("select[name=product]").SelectOptionAsync(new SelectOptionValue { Label = "叶酸片（0.4mg）（国药准字H00000017）" });
        await form.Locator("input[name=batch]").FillAsync("20250201");
        await form.Locator("input[name=manufacturer]").FillAsync("辽宁康源药业有限公司");
        await form.Locator("input[name=sampled-on]").FillAsync("2025-03-10");
        await Assertions.Expect(form.Locator("input[name=sampler]:checked")).ToHaveCountAsync(1);
        await form.Locator("input[name=sampler]:not(:checked):not([disabled])").First.CheckAsync();
        await Screens.SaveAsync(page, "sample-form");
        await Steps.AssertFitsThePhoneAsync(page);
        await form.Locator("button[name=save]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/sampling/samples/\d+$"));
        var sampleUrl = page.Url;
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(Number);
        await Assertions.Expect(page.GetByTestId("conclusion")).ToHaveTextAsync("待检验");
        await Assertions.Expect(page.GetByTestId("sample-focus")).ToContainTextAsync("孕产妇及儿童用药");

        // The laboratory's sheet, with its own Chinese headers: the sample does not conform.
        await page.GotoAsync(app.BaseAddress + "sampling/results/import");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // First with a report dated 30 February: refused whole, the row and the sheet's own column named.
        var impossible = ResultSheet.Csv([[Number, "叶酸片（0.4mg）", "20250201", "不符合规定", "含量测定", "（2025）辽药检字第0301号", "2025-02-30", "朝阳市药品检验检测中心"]], ResultSheet.ChineseColumns);
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "检验结果.csv", MimeType = "text/csv", Buffer = impossible });
        await Assertions.Expect(page.GetByTestId("import-failed")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("import-errors").Locator("tbody tr").First).ToContainTextAsync("报告日期");
        var sheet = ResultSheet.Csv([[Number, "叶酸片（0.4mg）", "20250201", "不符合规定", "含量测定", "（2025）辽药检字第0301号", "2025-03-14", "朝阳市药品检验检测中心"]], ResultSheet.ChineseColumns);
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "检验结果.csv", MimeType = "text/csv", Buffer = sheet });
        await Assertions.Expect(page.GetByTestId("import-done")).ToContainTextAsync("不合格 1 条", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("clues-opened")).ToContainTextAsync("线索〔2025〕");
        await Screens.SaveAsync(page, "sampling-import");
        await Steps.AssertFitsThePhoneAsync(page);

        // The sample: nonconforming, its clue opened and not yet a filed case.
        await page.GotoAsync(sampleUrl);
        await Assertions.Expect(page.GetByTestId("conclusion")).ToHaveTextAsync("不合格");
        await Assertions.Expect(page.GetByTestId("sample-clue")).ToContainTextAsync("未立案");
        await Screens.SaveAsync(page, "sample-nonconforming");

        // The filing rate falls short of 100%, and the sample heads the gap list's newest.
        await page.GotoAsync(app.BaseAddress + "sampling/filing");
        await Assertions.Expect(page.GetByTestId("met")).ToHaveTextAsync("未达标");
        var rate = (await page.GetByTestId("rate").InnerTextAsync()).Trim();
        Assert.NotEqual("100.0%", rate);
        await Assertions.Expect(page.Locator($"[data-testid=gap][data-number={Number}]")).ToHaveCountAsync(1);
        Assert.Equal(gapsBefore + 1, await page.GetByTestId("gap").CountAsync());
        await Screens.SaveAsync(page, "sampling-filing");
        await Steps.AssertFitsThePhoneAsync(page);

        // The sample list's filter finds it among those not yet filed.
        await page.GotoAsync(app.BaseAddress + "sampling/samples?standing=not_filed");
        await Assertions.Expect(page.Locator($"[data-testid=sample-row][data-number={Number}]")).ToContainTextAsync("未立案");
        await Screens.SaveAsync(page, "sampling-samples");
        await Steps.AssertFitsThePhoneAsync(page);

        // Everything feeds the entity's record: its page lists the sample.
        await page.GotoAsync(app.BaseAddress + $"registry/{pharmacy.GetProperty("id").GetInt32()}");
        await Assertions.Expect(page.GetByTestId("entity-samples").Locator($"[data-number={Number}]")).ToContainTextAsync("不合格");

        // The same plan on a desktop.
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(app.BaseAddress + "sampling");
        await Assertions.Expect(page.GetByTestId("filing-tile")).ToContainTextAsync("不合格立案查处率");
        await Screens.SaveAsync(page, "sampling-desktop");
    }

    private async Task<int> GapCountAsync(IPage page)
    {
        var filing = await page.APIRequest.GetAsync(app.BaseAddress + "api/sampling/2025/filing");
        return (await filing.JsonAsync())!.Value.GetProperty("gaps").GetArrayLength();
    }

}
