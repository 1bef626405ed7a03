using System.Net;
using Yaojian.Core.Cases;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
namespace Yaojian.IntegrationTests.Cases;

/// <summary>
/// A penalty decision published on the public page (公示规定): shown to everyone with persons' names, ID and mobile
/// numbers masked, in the facts and the typical-case write-up too; a warnings-only decision refused with the rule it cites.
/// </summary>
public abstract class CasePublicationApiTests(YaojianAppFactory app) : CasesTestBase(app)
{
    [Fact]
    public async Task Publication_ShowsTheDecisionToEveryone_WithThePersonsNameMaskedAndNoIdNumber()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var id = (await InvestigatingAsync(pharmacy)).Case.Id;
        await Cases.FireAsync(id, Decision());
        using var anonymous = App.CreateClient();
        Assert.Empty(await GetJsonAsync<List<PublicPenalty>>(anonymous, "/api/public/penalties"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, $"/api/public/penalties/{id}"));

        var published = await Cases.FireAsync(id, new { trigger = CaseTrigger.Publish });
        await Cases.FireAsync(id, new { trigger = CaseTrigger.MarkTypical, writeUp = "某药店销售劣药案：当事人从非法渠道购进……，依法予以罚款并处罚到人。" });

        Assert.True(published.Case.Published);
        Assert.Equal((false, false), (published.Case.Limits.Single(l => l.Kind == CaseLimitKind.Publish).Running, published.Case.Overdue));
        var penalty = Assert.Single(await GetJsonAsync<List<PublicPenalty>>(anonymous, "/api/public/penalties?year=2025"));
        Assert.Equal(("喀市监药罚〔2025〕1号", pharmacy.Name, "涉嫌销售劣药", true), (penalty.DecisionNumber, penalty.PartyName, penalty.Cause, penalty.Typical));
        Assert.Equal([pharmacy.Name, pharmacy.Name, "张**（法定代表人）"], penalty.Penalties.Select(p => p.Target));
        Assert.Equal(penalty.Id, (await GetJsonAsync<PublicPenalty>(anonymous, $"/api/public/penalties/{id}")).Id);
        Assert.Equal(penalty.Id, Assert.Single(await GetJsonAsync<List<PublicPenalty>>(anonymous, "/api/public/penalties?typical=true")).Id);
        Assert.Empty(await GetJsonAsync<List<PublicPenalty>>(anonymous, "/api/public/penalties?year=2024"));
        var raw = await anonymous.GetStringAsync(new Uri("/api/public/penalties", UriKind.Relative), Cancel);
        Assert.DoesNotContain("张三丰", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("1980", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("1232", raw, StringComparison.Ordinal);

        var html = await anonymous.GetStringAsync(new Uri("/public/penalties", UriKind.Relative), Cancel);
        Assert.Contains("张**（法定代表人）：罚款 5,000元", html, StringComparison.Ordinal);
        Assert.Contains("某药店销售劣药案", html, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", html, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, html, StringComparison.Ordinal);

        using var inspector = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.DachengziStation, Cancel);
        var masked = await new CasesClient(inspector).CaseAsync(id);
        Assert.Equal(("张**", "211324********1232"), (masked.Persons[0].Name, masked.Persons[0].IdNumber));
        Assert.Equal(("张三丰", IdNumber), ((await Cases.CaseAsync(id)).Persons[0].Name, (await Cases.CaseAsync(id)).Persons[0].IdNumber));
    }

    [Fact]
    public async Task Publish_AWarningsOnlyDecision_IsRefusedCitingThePublicationRules_AndTheCaseSaysWhy()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var id = (await InvestigatingAsync(pharmacy)).Case.Id;

        var decided = await Cases.FireAsync(id, new
        {
            trigger = CaseTrigger.Decide,
            reason = "初次违法且危害后果轻微",
            decisionNumber = "喀市监药罚〔2025〕3号",
            penalties = new[] { new { kind = PenaltyKind.Warning } },
        });

        await RefusedAsync(Cases.PostAsync($"/api/cases/{id}/events", new { trigger = CaseTrigger.Publish }), "只有警告的处罚决定不予公示（《市场监督管理行政处罚信息公示规定》第二条");
        Assert.Contains("第二条", decided.NotPublishable, StringComparison.Ordinal);
        Assert.DoesNotContain(decided.Case.Limits, l => l.Kind == CaseLimitKind.Publish);
        Assert.False((await Cases.CaseAsync(id)).Case.Published);
        using var anonymous = App.CreateClient();
        Assert.Empty(await GetJsonAsync<List<PublicPenalty>>(anonymous, "/api/public/penalties"));
    }

    [Fact]
    public async Task Publication_MasksThePersonsNamesAndEveryIdAndMobileNumberInTheFactsAndTheWriteUp()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var id = (await InvestigatingAsync(pharmacy)).Case.Id;
        var facts = $"当事人法定代表人张三丰（身份证号码{IdNumber}，联系电话13912345678）明知是劣药仍予销售";
        await Cases.FireAsync(id, new
        {
            trigger = CaseTrigger.Decide,
            reason = facts,
            decisionNumber = "喀市监药罚〔2025〕2号",
            penalties = new object[] { new { kind = PenaltyKind.Fine, amount = 3000m }, new { kind = PenaltyKind.IndustryBan, personNo = 1, detail = "张三丰十年内禁止从事药品经营活动" } },
        });
        await Cases.FireAsync(id, new { trigger = CaseTrigger.Publish });
        await Cases.FireAsync(id, new { trigger = CaseTrigger.MarkTypical, writeUp = "张三丰经营的药店从非法渠道购进劣药，举报电话13912345678……" });
        using var anonymous = App.CreateClient();

        var penalty = Assert.Single(await GetJsonAsync<List<PublicPenalty>>(anonymous, "/api/public/penalties"));
        var raw = await anonymous.GetStringAsync(new Uri("/api/public/penalties", UriKind.Relative), Cancel);
        var html = await anonymous.GetStringAsync(new Uri("/public/penalties", UriKind.Relative), Cancel);

        Assert.Equal("当事人法定代表人张**（身份证号码******************，联系电话***********）明知是劣药仍予销售", penalty.Facts);
        Assert.Equal("张**经营的药店从非法渠道购进劣药，举报电话***********……", penalty.TypicalWriteUp);
        Assert.Equal("张**十年内禁止从事药品经营活动", penalty.Penalties[1].Detail);
        Assert.All(new[] { raw, html }, text =>
        {
            Assert.DoesNotContain("张三丰", text, StringComparison.Ordinal);
            Assert.DoesNotContain(IdNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain("13912345678", text, StringComparison.Ordinal);
        });
        Assert.Equal(facts, (await Cases.CaseAsync(id)).DecisionSummary);
    }
    public sealed class OnSqlite(SqliteApp app) : CasePublicationApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CasePublicationApiTests(app), IClassFixture<PostgresApp>;
}
