using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Yaojian.E2E.Security;

/// <summary>An inspector signs in, sees only their station's entities, and cannot open another station's.</summary>
public sealed partial class InspectorScopeJourneyTests(BrowserFixture browser, DemoCountyApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<DemoCountyApp>
{
    private const string OwnUnit = "大城子市场监督管理所";

    [Fact]
    public async Task Inspector_BrowsesRegistry_SeesOnlyOwnUnitAndIsRefusedAnotherUnitsEntity()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(app.BaseAddress + "registry");
        await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());
        await SignIn.AsAsync(page, app, "inspector");

        await page.GotoAsync(app.BaseAddress + "registry?pageSize=100");
        var units = await page.Locator(".registry-grid tbody tr td:nth-child(4)").AllInnerTextsAsync();
        Assert.NotEmpty(units);
        Assert.All(units, u => Assert.Equal(OwnUnit, u.Trim()));
        await Assertions.Expect(page.GetByText("新增监管对象")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("导入", new() { Exact = true })).ToHaveCountAsync(0);

        // Another station's entity, found as the bureau-wide chief would: the inspector is answered "not found".
        var chief = await context.Browser!.NewContextAsync();
        var chiefPage = await chief.NewPageAsync();
        await SignIn.AsAsync(chiefPage, app, "chief");
        await chiefPage.GotoAsync(app.BaseAddress + "registry?unit=kundu-station");
        var href = await chiefPage.Locator(".registry-grid a.entity-link").First.GetAttributeAsync("href");
        Assert.NotNull(href);

        var response = await page.GotoAsync(app.BaseAddress + href!.TrimStart('/'));
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("licences")).ToHaveCountAsync(0);

        var api = await page.APIRequest.GetAsync(app.BaseAddress + "api/entities/" + href.Split('/')[^1]);
        Assert.Equal(404, api.Status);
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginUrl();
}
