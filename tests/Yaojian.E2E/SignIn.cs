using Microsoft.Playwright;

namespace Yaojian.E2E;

/// <summary>Signs in through the real login page, as a person would.</summary>
public static class SignIn
{
    public static async Task AsAsync(IPage page, DemoCountyApp app, string userName)
    {
        await page.GotoAsync(app.BaseAddress + "account/login");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(app.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("user")).ToBeVisibleAsync();
    }
}
