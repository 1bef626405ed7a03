using Microsoft.Playwright;

namespace Yaojian.E2E;

/// <summary>What the journeys do again and again: open a step's folded form, fill it, send it; check a page fits a phone.</summary>
public static class Steps
{
    /// <summary>Opens the <c>&lt;details&gt;</c> with <paramref name="testId"/>, fills its form and submits it.</summary>
    public static async Task SubmitAsync(IPage page, string testId, Func<ILocator, Task> fill)
    {
        var step = page.GetByTestId(testId);
        await step.Locator("summary").ClickAsync();
        var form = step.Locator("form");
        await fill(form);
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public static async Task AssertFitsThePhoneAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"{page.Url} is {overflow}px wider than a 360px phone");
    }
}
