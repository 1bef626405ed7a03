using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Yaojian.E2E.Registry;

/// <summary>
/// A section chief opens the registry, filters it, and opens an entity; an inspector does the same on a phone; the leader
/// reads an entity's change history with the pharmacists' ID numbers masked as on the record.
/// </summary>
public sealed partial class RegistryJourneyTests(BrowserFixture browser, DemoCountyApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<DemoCountyApp>
{
    private const string RetailPharmacy = "药品零售企业（单体药店）";

    [Fact]
    public async Task Registry_FilterByKindThenOpenEntity_ShowsOnlyThatKindAndTheEntityDetail()
    {
        var page = await NewPageAsync(1280, 900);
        await SignIn.AsAsync(page, app, "chief");
        await page.GotoAsync(app.BaseAddress + "registry");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("监管对象");
        var allTotal = await TotalAsync(page);
        Assert.True(allTotal >= 400, $"the demo county has 400–600 entities, the page said {allTotal}");
        await WaitForInteractiveAsync(page);

        await PickAsync(page, "kind", RetailPharmacy);
        await Assertions.Expect(page.GetByTestId("total")).Not.ToHaveTextAsync($"共 {allTotal.ToString("N0", CultureInfo.GetCultureInfo("zh-CN"))} 家");
        var filteredTotal = await TotalAsync(page);
        Assert.InRange(filteredTotal, 1, allTotal - 1);
        Assert.Contains("kind=retail_pharmacy", page.Url, StringComparison.Ordinal);

        var kinds = await page.Locator(".registry-grid tbody tr td:nth-child(3)").AllInnerTextsAsync();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal(RetailPharmacy, k.Trim()));

        var first = page.Locator(".registry-grid a.entity-link").First;
        var name = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByText(RetailPharmacy)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("licences")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("grade-history")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EntityChangeHistory_ForTheLeader_MasksThePharmacistsIdNumbersAsTheRecordDoes()
    {
        var page = await NewPageAsync(1280, 900);
        await SignIn.AsAsync(page, app, "leader");
        var list = await (await page.APIRequest.GetAsync(app.BaseAddress + "api/entities?pageSize=20&kind=retail_pharmacy")).JsonAsync();
        var (id, masked) = (0, (string?)null);
        foreach (var item in list!.Value.GetProperty("items").EnumerateArray())
        {
            var detail = (await (await page.APIRequest.GetAsync(app.BaseAddress + $"api/entities/{item.GetProperty("id").GetInt32()}")).JsonAsync())!.Value;
            if (detail.GetProperty("pharmacists").EnumerateArray().Select(p => p.GetProperty("idNumber").GetString()).FirstOrDefault(n => n is not null) is { } number)
            {
                (id, masked) = (item.GetProperty("id").GetInt32(), number);
                break;
            }
        }

        await page.GotoAsync(app.BaseAddress + $"registry/{id}");

        var history = await page.GetByTestId("history").InnerTextAsync();
        Assert.Contains(masked!, history, StringComparison.Ordinal);
        Assert.DoesNotMatch(FullIdNumber(), history);
    }

    [Fact]
    public async Task Registry_OnAPhone_FitsTheScreenAndOpensTheMenu()
    {
        var page = await NewPageAsync(360, 780);
        await SignIn.AsAsync(page, app, "inspector");
        await page.GotoAsync(app.BaseAddress + "registry?grade=D");
        var total = await TotalAsync(page);
        Assert.True(total > 0, "the inspector's station has grade-D pharmacies");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"the page is {overflow}px wider than a 360px phone");

        await Assertions.Expect(page.Locator("nav.sidebar")).ToBeHiddenAsync();
        await page.Locator("label.menu-button").ClickAsync();
        await Assertions.Expect(page.Locator("nav.sidebar")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav.sidebar").GetByText("检查计划")).ToBeVisibleAsync();
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
        var text = await page.GetByTestId("total").InnerTextAsync();
        var match = TotalPattern().Match(text);
        Assert.True(match.Success, $"unexpected total text '{text}'");
        return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("zh-CN"));
    }

    /// <summary>Radzen's dropdowns answer clicks once the server circuit is up; Blazor marks that moment.</summary>
    private static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("form.filters[data-interactive=true]").WaitForAsync();

    private static async Task PickAsync(IPage page, string name, string text)
    {
        var picker = page.Locator($".filter-picker:has(input[name='{name}']), .filter-picker[name='{name}']").First;
        await picker.ClickAsync();
        await page.Locator(".rz-dropdown-item, .rz-multiselect-item").Filter(new() { HasText = text }).First.ClickAsync();
    }

    [GeneratedRegex(@"共\s*([\d,]+)\s*家")]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"[0-9]{17}[0-9X]")]
    private static partial Regex FullIdNumber();
}
