using Yaojian.Core.Cases;
using Yaojian.Core.Cases.Limits;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Cases;

/// <summary>
/// Time passing over clues and cases: the overdue first in the lists. These tests move the app's clock on (it cannot go
/// back), so they have an app of their own and count from the app's day rather than from the first one.
/// </summary>
public abstract class TimeLimitsApiTests(YaojianAppFactory app) : CasesTestBase(app)
{
    [Fact]
    public async Task List_PutsTheOverdueFirst_AndFiltersBySourceAndState()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var complaint = await ComplaintAsync(pharmacy);
        var online = await Cases.RecordAsync(new { source = ClueSource.OnlineMonitoring, entityId = pharmacy.Id, productName = "布洛芬", summary = "网售处方药" });
        Assert.Empty(await Cases.CluesAsync("state=overdue"));

        // The online clue has five working days, the complaint fifteen: a fortnight later only the first is overdue.
        App.Clock.Advance(TimeSpan.FromDays(14));
        await SignInAgainAsync();

        Assert.Equal([online.Clue.Id], (await Cases.CluesAsync("state=overdue")).Select(c => c.Id));
        Assert.Equal([online.Clue.Id, complaint.Clue.Id], (await Cases.CluesAsync("state=open")).Select(c => c.Id));
        Assert.Equal([complaint.Clue.Id], (await Cases.CluesAsync("source=complaint")).Select(c => c.Id));
        Assert.Empty(await Cases.CluesAsync("state=decided"));
        Assert.Equal(2, (await Cases.CluesAsync($"entityId={pharmacy.Id}")).Count);
        await RefusedAsync(Api.Http.GetAsync(new Uri("/api/clues?source=hotline", UriKind.Relative), Cancel), "未知的线索来源“hotline”");
        await RefusedAsync(Api.Http.GetAsync(new Uri("/api/clues?state=late", UriKind.Relative), Cancel), "未知的线索状态“late”");
    }

    [Fact]
    public async Task Cases_PastTheirLegalTimeLimits_AreFlaggedAndListedFirst_AndThePoliceAnswerIsTracked()
    {
        var (dachengzi, kundu) = await ArrangeAsync();
        var slow = (await InvestigatingAsync(dachengzi)).Case;
        var police = (await InvestigatingAsync(kundu)).Case;
        var transferred = await Cases.FireAsync(police.Id, new { trigger = CaseTrigger.TransferToPolice, reason = "涉嫌生产、销售假药罪", receiver = "喀左县公安局" });
        var answer = Assert.Single(transferred.Case.Limits, l => l.Kind == CaseLimitKind.PoliceAnswer);
        Assert.Equal(("喀左县公安局", true, "移送规定第八条"), (transferred.PoliceUnit, answer.Running, answer.Basis));
        Assert.True(answer.DueOn >= Today.AddDays(3));
        Assert.Empty(await Cases.ListAsync("state=overdue"));

        App.Clock.Advance(TimeSpan.FromDays(7));
        await SignInAgainAsync();
        var late = Assert.Single(await Cases.ListAsync("state=overdue"));
        Assert.Equal(police.Id, late.Id);
        Assert.Equal([(CaseLimitKind.Decide, false, false), (CaseLimitKind.PoliceAnswer, true, true)], late.Limits.Select(l => (l.Kind, l.Running, l.Overdue)));

        App.Clock.Advance(TimeSpan.FromDays(90));
        await SignInAgainAsync();
        var declined = await Cases.FireAsync(police.Id, new { trigger = CaseTrigger.PoliceDecline, resultText = "喀左县公安局决定不予立案：涉案金额未达追诉标准" });

        Assert.Equal((CaseState.Investigating, "喀左县公安局决定不予立案：涉案金额未达追诉标准"), (declined.Case.State, declined.PoliceResult));
        Assert.Equal([slow.Id, police.Id], (await Cases.ListAsync("state=overdue")).Select(c => c.Id).Order());
        var overdue = Assert.Single((await Cases.CaseAsync(slow.Id)).Case.Limits);
        Assert.Equal((CaseLimitKind.Decide, true, true), (overdue.Kind, overdue.Running, overdue.Overdue));
        Assert.Equal([(CaseLimitKind.Decide, true, true), (CaseLimitKind.PoliceAnswer, false, false)], declined.Case.Limits.Select(l => (l.Kind, l.Running, l.Overdue)));
    }

    public sealed class OnSqlite(SqliteApp app) : TimeLimitsApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : TimeLimitsApiTests(app), IClassFixture<PostgresApp>;
}
