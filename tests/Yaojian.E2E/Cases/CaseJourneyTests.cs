using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Yaojian.E2E.Cases;

/// <summary>
/// The case officer's journey on a desktop: a 12315 complaint recorded as a clue, registered as a case within its time
/// limit, a person added, investigated, decided with a fine on the pharmacy and a fine and an industry ban on its legal
/// representative, and published after the publisher approved the masked preview — and a citizen, with no login and on a phone, reads the decision on the public page
/// with the person's name masked to the family name and no ID number.
/// </summary>
public sealed partial class CaseJourneyTests(BrowserFixture browser, DemoCountyApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<DemoCountyApp>
{
    private const string Person = "张三丰";
    private const string IdNumber = "211324198001011232";
    private const string DecisionNumber = "喀市监药罚〔2025〕7号";

    /// <summary>The decision's facts, with the complainant's name and phone written in them as officers do.</summary>
    private const string Facts = "经投诉人王小明（电话 138-1234-5678）举报，查明当事人销售劣药阿莫西林胶囊，违反《中华人民共和国药品管理法》第九十八条";

    [Fact]
    public async Task CaseOfficer_TurnsAComplaintIntoAPublishedPenalty_AndTheCitizenSeesThePersonMasked()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, app, "chief");
        var entities = await page.APIRequest.GetAsync(app.BaseAddress + "api/entities?pageSize=1&unit=dachengzi-station&kind=retail_pharmacy");
        var entity = (await entities.JsonAsync())!.Value.GetProperty("items")[0].GetProperty("name").GetString()!;

        // 线索与案件 → 登记线索: the pharmacy complained about, the complaint from 12315 with the complainant's details.
        await page.GotoAsync(app.BaseAddress + "cases");
        await page.GetByTestId("new-clue").ClickAsync();
        await page.Locator("input[name=q]").FillAsync(entity);
        await page.Locator("button[name=search]").ClickAsync();
        await page.GetByTestId("entity-choices").GetByRole(AriaRole.Link, new() { Name = entity, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("chosen-entity")).ToContainTextAsync(entity);
        var form = page.GetByTestId("clue-form");
        await form.Locator("select[name=source]").SelectOptionAsync("3");
        await form.Locator("select[name=channel]").SelectOptionAsync("1");
        await form.Locator("input[name=sourceRef]").FillAsync("12315-2025-000777");
        await form.Locator("input[name=productName]").FillAsync("阿莫西林胶囊");
        await form.Locator("textarea[name=summary]").FillAsync("消费者反映该药店销售的阿莫西林胶囊包装破损、批号模糊，疑为劣药");
        await form.Locator("input[name=reporterName]").FillAsync("王小明");
        await form.Locator("input[name=reporterPhone]").FillAsync("13812345678");
        await Screens.SaveAsync(page, "clue-new");
        await form.Locator("button[name=record]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ClueUrl());
        await Assertions.Expect(page.GetByTestId("clue-status")).ToHaveTextAsync("待核查");
        await Assertions.Expect(page.GetByTestId("clue-due")).ToContainTextAsync("《市场监督管理行政处罚程序规定》第十八条");
        await Assertions.Expect(page.GetByTestId("reporter")).ToContainTextAsync("王小明 13812345678");
        await Screens.SaveAsync(page, "clue-page");

        // 立案: the case registered from the clue, held to the ninety days of its decision.
        await Steps.SubmitAsync(page, "triage-RegisterCase", async f =>
        {
            await f.Locator("input[name=cause]").FillAsync("涉嫌销售劣药");
            await f.Locator("textarea[name=reason]").FillAsync("经核查，有证据初步证明存在违法行为，报负责人批准立案");
            await f.Locator("input[name=approvedBy]").FillAsync("王局长");
        });
        await Assertions.Expect(page).ToHaveURLAsync(CaseUrl());
        await Assertions.Expect(page.GetByTestId("case-state")).ToHaveTextAsync("已立案");
        await Assertions.Expect(page.GetByTestId("case-approver")).ToHaveTextAsync("王局长");
        // The timeline names the chief as people know him, not by his login.
        await Assertions.Expect(page.GetByTestId("case-timeline")).ToContainTextAsync("李科长");
        await Assertions.Expect(page.GetByTestId("case-timeline")).Not.ToContainTextAsync("chief");
        await Assertions.Expect(page.GetByTestId("case-limits")).ToContainTextAsync("自立案之日起九十日内作出处理决定");

        // 处罚到人: the legal representative added, the investigation begun, the decision made.
        await Steps.SubmitAsync(page, "case-step-AddPerson", async f =>
        {
            await f.Locator("input[name=personName]").FillAsync(Person);
            await f.Locator("select[name=personRole]").SelectOptionAsync("1");
            await f.Locator("input[name=personIdNumber]").FillAsync(IdNumber);
        });
        await Assertions.Expect(page.GetByTestId("case-persons")).ToContainTextAsync(Person);
        await Steps.SubmitAsync(page, "case-step-Investigate", f => f.Locator("textarea[name=reason]").FillAsync("指定两名执法人员调查取证"));
        await Assertions.Expect(page.GetByTestId("case-state")).ToHaveTextAsync("调查取证中");
        await Steps.SubmitAsync(page, "case-step-Decide", async f =>
        {
            await f.Locator("input[name=decisionNumber]").FillAsync(DecisionNumber);
            await f.Locator("textarea[name=reason]").FillAsync(Facts);
            var rows = f.GetByTestId("penalty-row");
            await rows.Nth(0).Locator("select[name=p0-kind]").SelectOptionAsync("2");
            await rows.Nth(0).Locator("input[name=p0-amount]").FillAsync("20000");
            await rows.Nth(1).Locator("select[name=p1-target]").SelectOptionAsync("1");
            await rows.Nth(1).Locator("select[name=p1-kind]").SelectOptionAsync("2");
            await rows.Nth(1).Locator("input[name=p1-amount]").FillAsync("5000");
            await rows.Nth(2).Locator("select[name=p2-target]").SelectOptionAsync("1");
            await rows.Nth(2).Locator("select[name=p2-kind]").SelectOptionAsync("7");
            await rows.Nth(2).Locator("input[name=p2-detail]").FillAsync("十年内禁止从事药品生产经营活动");
            await Screens.SaveAsync(page, "case-decide");
        });
        await Assertions.Expect(page.GetByTestId("case-state")).ToHaveTextAsync("已作出处罚决定");
        var penalties = page.GetByTestId("case-penalties");
        await Assertions.Expect(penalties).ToContainTextAsync($"{entity}：罚款 20,000元");
        await Assertions.Expect(penalties).ToContainTextAsync($"{Person}（法定代表人）：行业禁入（禁止从业）（十年内禁止从事药品生产经营活动）");
        await Assertions.Expect(page.GetByTestId("case-limits")).ToContainTextAsync("作出行政处罚决定之日起二十个工作日内公示");

        // 公示: the publisher first sees what the public will see, the complainant's name and phone hidden, and approves it.
        await Steps.SubmitAsync(page, "case-step-Publish", async f =>
        {
            await Assertions.Expect(f.GetByTestId("publication-preview")).ToContainTextAsync(DecisionNumber);
            await Assertions.Expect(f.Locator("textarea[name=pubFacts]")).ToHaveValueAsync(Facts.Replace("王小明（电话 138-1234-5678）", "王**（电话 ***-****-****）", StringComparison.Ordinal));
            await Screens.SaveAsync(page, "case-publish-preview");
        });
        await Assertions.Expect(page.GetByTestId("case-publication")).ToContainTextAsync("已于");
        await Screens.SaveAsync(page, "case-published");
        // Everything feeds the entity's record: its page lists the case and the clue it came from.
        var caseNumber = (await page.Locator("h1").InnerTextAsync()).Trim();
        await page.GetByRole(AriaRole.Link, new() { Name = entity, Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("entity-cases")).ToContainTextAsync(caseNumber);
        await Assertions.Expect(page.GetByTestId("entity-cases")).ToContainTextAsync("投诉举报");
        await page.GotoAsync(app.BaseAddress + "cases?state=all");
        await Assertions.Expect(page.GetByTestId("case-row").Filter(new() { HasText = DecisionNumber })).ToContainTextAsync("已公示");
        await Screens.SaveAsync(page, "cases");

        // The citizen on a phone: no login, the decision there, the person masked, no ID number anywhere.
        var citizen = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 780 }, Locale = "zh-CN" });
        var open = await citizen.NewPageAsync();
        await open.GotoAsync(app.BaseAddress + "public/penalties");
        var published = open.GetByTestId("public-penalty").Filter(new() { HasText = DecisionNumber });
        await Assertions.Expect(published).ToContainTextAsync(entity);
        await Assertions.Expect(published).ToContainTextAsync("张**（法定代表人）：罚款 5,000元");
        var text = await open.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(Person, text, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234-5678", text, StringComparison.Ordinal);
        await Assertions.Expect(published).ToContainTextAsync("经投诉人王**（电话 ***-****-****）举报");
        await Screens.SaveAsync(open, "public-penalties");
        await Steps.AssertFitsThePhoneAsync(open);

        // The case officer's pages work on a phone as well.
        var phone = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 780 }, Locale = "zh-CN", HasTouch = true });
        var mobile = await phone.NewPageAsync();
        await SignIn.AsAsync(mobile, app, "inspector");
        await mobile.GotoAsync(app.BaseAddress + "cases?state=all");
        await Assertions.Expect(mobile.GetByTestId("case-row").Filter(new() { HasText = DecisionNumber })).ToHaveCountAsync(1);
        await Steps.AssertFitsThePhoneAsync(mobile);
        await mobile.GetByTestId("case-row").Filter(new() { HasText = DecisionNumber }).Locator("a.number").ClickAsync();
        await Assertions.Expect(mobile.GetByTestId("case-persons")).ToContainTextAsync("张**");
        await Assertions.Expect(mobile.GetByTestId("case-persons")).Not.ToContainTextAsync(Person);
        await Screens.SaveAsync(mobile, "case-phone");
        await Steps.AssertFitsThePhoneAsync(mobile);

        // The clue on the phone: the complainant masked for an inspector, who lacks the right to personal data.
        await mobile.GotoAsync(app.BaseAddress + "cases/clues?state=all");
        await Steps.AssertFitsThePhoneAsync(mobile);
        await mobile.GetByTestId("clue-row").Filter(new() { HasText = "阿莫西林胶囊" }).First.Locator("a.number").ClickAsync();
        await Assertions.Expect(mobile.GetByTestId("reporter")).ToHaveTextAsync("王** 138****5678");
        await Screens.SaveAsync(mobile, "clue-phone");
        await Steps.AssertFitsThePhoneAsync(mobile);
    }

    [GeneratedRegex(@"/cases/clues/\d+$")]
    private static partial Regex ClueUrl();

    [GeneratedRegex(@"/cases/\d+$")]
    private static partial Regex CaseUrl();
}
