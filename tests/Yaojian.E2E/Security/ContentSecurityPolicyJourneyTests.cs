using Microsoft.Playwright;

namespace Yaojian.E2E.Security;

/// <summary>
/// The main pages, signed in as the section chief, load under the app's Content-Security-Policy with nothing refused:
/// no CSP violation in the browser's console or as a <c>securitypolicyviolation</c> event, and Blazor's circuit up.
/// </summary>
public sealed class ContentSecurityPolicyJourneyTests(BrowserFixture browser, DemoCountyApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<DemoCountyApp>
{
    private static readonly string[] Pages =
        ["", "registry", "plans", "inspections", "dispositions", "sampling", "cases", "risks", "public/plans", "public/penalties"];

    [Fact]
    public async Task MainPages_LoadUnderTheCsp_WithNoViolation()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI));");

        await SignIn.AsAsync(page, app, "chief");
        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(app.BaseAddress + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.Equal(200, response!.Status);
            Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);
            await page.WaitForFunctionAsync("() => window.Blazor !== undefined");

            // The import map is the one inline script: allowed by its hash, or the events below would name it.
            Assert.Equal(1, await page.Locator("script[type=importmap]").CountAsync());
            var events = await page.EvaluateAsync<string[]?>("() => window.__csp || []") ?? [];
            violations.AddRange(events.Select(e => $"{path}: {e}"));
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
        await context.CloseAsync();
    }
}
