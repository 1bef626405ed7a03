using Microsoft.Playwright;

namespace Yaojian.E2E;

/// <summary>
/// Screenshots of a journey's screens, written only when <c>YAOJIAN_SCREENSHOTS</c> names a folder (to look at a page
/// on a phone's width, or to refresh the pictures in docs/images).
/// </summary>
public static class Screens
{
    public static async Task SaveAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("YAOJIAN_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
