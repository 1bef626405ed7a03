using System.Net;
using Yaojian.Core.Cases;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Cases;

/// <summary>
/// Personal data in a published decision (issue 11): every ID number, mobile, landline, bank card, e-mail address and
/// name written in its texts — in any spacing or width, a complainant's and a stranger's name after 举报人 too — hidden
/// on the public page and in its API; the publisher approves (and may edit) the masked texts first, and what was approved
/// is what stays published.
/// </summary>
public abstract class PublicationPrivacyApiTests(YaojianAppFactory app) : CasesTestBase(app)
{
    /// <summary>Each way a personal number or name is written into the facts, and what must not be seen of it.</summary>
    private static readonly (string Written, string Leak)[] Leaks =
    [
        ("身份证号码2113 2419 8001 0112 32", "2113 2419"),
        ("旧身份证号211324800101123", "211324800101123"),
        ("手机138-1234-5678", "138-1234-5678"),
        ("又138 1234 5678", "138 1234 5678"),
        ("或+86 139 1234 5678", "139 1234 5678"),
        ("全角１３７１２３４５６７８", "１３７１２３４５６７８"),
        ("邮箱zhangsf@163.com", "zhangsf"),
        ("座机0421-7654321", "7654321"),
        ("传真(0421)7654322", "7654322"),
        ("银行卡号6222 0200 1234 5678 901", "6222 0200"),
        ("经投诉人王小明", "王小明"),
        ("及举报人李大伟反映", "李大伟"),
        ("法定代表人张三丰", "张三丰"),
    ];

    private static string Facts => "经查，" + string.Join("，", Leaks.Select(l => l.Written)) + "，当事人销售劣药阿莫西林胶囊";

    [Fact]
    public async Task Publication_HidesEveryPersonalNumberAndName_OnThePublicPageAndInItsApi()
    {
        var id = await DecidedAsync(Facts);

        await Cases.FireAsync(id, new { trigger = CaseTrigger.Publish });

        using var anonymous = App.CreateClient();
        var one = await anonymous.GetStringAsync(new Uri($"/api/public/penalties/{id}", UriKind.Relative), Cancel);
        var list = await anonymous.GetStringAsync(new Uri("/api/public/penalties", UriKind.Relative), Cancel);
        var html = await anonymous.GetStringAsync(new Uri("/public/penalties", UriKind.Relative), Cancel);
        Assert.All(new[] { one, list, html }, text => Assert.All(Leaks, l => Assert.DoesNotContain(l.Leak, text, StringComparison.Ordinal)));
        var penalty = await GetJsonAsync<PublicPenalty>(anonymous, $"/api/public/penalties/{id}");
        Assert.Contains("经投诉人王**", penalty.Facts, StringComparison.Ordinal);
        Assert.Contains("手机***-****-****", penalty.Facts, StringComparison.Ordinal);
        Assert.EndsWith("当事人销售劣药阿莫西林胶囊", penalty.Facts, StringComparison.Ordinal);
        Assert.Equal(Facts, (await Cases.CaseAsync(id)).DecisionSummary);
    }

    [Fact]
    public async Task Publication_ShowsThePublisherTheMaskedTexts_AndPublishesWhatTheyApproved()
    {
        var id = await DecidedAsync(Facts);

        var preview = await GetJsonAsync<PublicPenalty>(Api.Http, $"/api/cases/{id}/publication");
        Assert.All(Leaks, l => Assert.DoesNotContain(l.Leak, preview.Facts, StringComparison.Ordinal));
        Assert.Equal(Facts.Length, preview.Facts!.Length);
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, $"/api/public/penalties/{id}"));

        // The publisher edits the preview, and writes a phone back in by mistake: it is masked again as it is stored.
        const string approved = "经查，当事人销售劣药阿莫西林胶囊 120 盒。举报电话13912345678";
        await Cases.FireAsync(id, new { trigger = CaseTrigger.Publish, publication = new { facts = approved, details = new[] { (string?)null, "劣药 120 盒（张三丰处）" } } });

        var penalty = await GetJsonAsync<PublicPenalty>(anonymous, $"/api/public/penalties/{id}");
        Assert.Equal("经查，当事人销售劣药阿莫西林胶囊 120 盒。举报电话***********", penalty.Facts);
        Assert.Equal("劣药 120 盒（张**处）", penalty.Penalties[1].Detail);
        Assert.Equal(preview.Cause, penalty.Cause);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(Api.Http, $"/api/cases/{id}/publication"));
    }

    private async Task<int> DecidedAsync(string facts)
    {
        var (pharmacy, _) = await ArrangeAsync();
        var id = (await InvestigatingAsync(pharmacy)).Case.Id;
        await Cases.FireAsync(id, new
        {
            trigger = CaseTrigger.Decide,
            reason = facts,
            decisionNumber = "喀市监药罚〔2025〕7号",
            penalties = new object[] { new { kind = PenaltyKind.Fine, amount = 3000m }, new { kind = PenaltyKind.ConfiscateGoods, detail = "劣药 120 盒，联系人王小明 13812345678" } },
        });
        return id;
    }

    public sealed class OnSqlite(SqliteApp app) : PublicationPrivacyApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : PublicationPrivacyApiTests(app), IClassFixture<PostgresApp>;
}
