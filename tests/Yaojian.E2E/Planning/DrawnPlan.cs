using Microsoft.Playwright;

namespace Yaojian.E2E.Planning;

/// <summary>The demo county's plan drawn by the chief through the plan page, once per app (a journey that needs visits).</summary>
public static class DrawnPlan
{
    public const string Seed = "20250315";

    public static async Task EnsureAsync(IBrowser browser, DemoCountyApp app)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var chief = await context.NewPageAsync();
        await SignIn.AsAsync(chief, app, "chief");
        await chief.GotoAsync(app.BaseAddress + "plans");
        await chief.Locator(".actions[data-interactive=true]").WaitForAsync();
        if (await chief.Locator("button[name=draw]").CountAsync() > 0 && await chief.GetByTestId("plan-status").CountAsync() == 0)
        {
            await chief.Locator("input[name=seed]").FillAsync(Seed);
            await chief.Locator("button[name=draw]").ClickAsync();
            // Drawing a year's plan is the heaviest step of the demo; on a busy machine it takes longer than 5 s.
            await Assertions.Expect(chief.GetByTestId("draw-done")).ToContainTextAsync(Seed, new() { Timeout = 60_000 });
        }

        await context.CloseAsync();
    }
}
