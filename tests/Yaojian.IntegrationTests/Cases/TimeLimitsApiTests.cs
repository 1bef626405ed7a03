using Yaojian.Core.Cases;
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

    public sealed class OnSqlite(SqliteApp app) : TimeLimitsApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : TimeLimitsApiTests(app), IClassFixture<PostgresApp>;
}
