using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Audit;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Audit;

/// <summary>
/// The chain held to its signed anchor outside the database: emptied with its head reset, or cut short with its head
/// rewound, it fails <c>/api/audit/verify</c> naming the missing tail; untouched (and grown since), it passes.
/// </summary>
public abstract class AuditAnchorTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Fact]
    public async Task Verify_AfterEveryRecordIsDeletedAndTheHeadReset_NamesTheMissingTail()
    {
        await ImportGeneratedAsync(3);
        var anchor = await AnchorAsync();
        Assert.True((await VerifyAsync()).IsIntact);

        await using (var db = await App.CreateDbAsync(Cancel))
        {
            await db.AuditRecords.ExecuteDeleteAsync(Cancel);
            await RewindHeadAsync(db, 0, AuditChain.Genesis);
        }

        var result = await VerifyAsync();

        Assert.Equal((false, 1L, 0L, AuditProblem.TailMissing), (result.IsIntact, result.FirstBadSequence, result.Checked, result.Problem));
        Assert.Equal(anchor.Sequence, result.Anchor?.Sequence);
    }

    [Fact]
    public async Task Verify_AfterTheTailIsDeletedAndTheHeadRewound_NamesWhereItEnds()
    {
        await ImportGeneratedAsync(3);
        var anchor = await AnchorAsync();
        var keep = anchor.Sequence / 2;
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            var last = await db.AuditRecords.SingleAsync(r => r.Sequence == keep, Cancel);
            await db.AuditRecords.Where(r => r.Sequence > keep).ExecuteDeleteAsync(Cancel);
            await RewindHeadAsync(db, keep, last.Hash);
        }

        var result = await VerifyAsync();

        Assert.Equal((false, keep + 1, AuditProblem.TailMissing), (result.IsIntact, result.FirstBadSequence, result.Problem));
    }

    [Fact]
    public async Task Verify_OfAnUntouchedChainGrownSinceItsAnchor_Passes_AndShowsTheAnchor()
    {
        await ImportGeneratedAsync(2);
        var anchor = await AnchorAsync();
        await ImportGeneratedAsync(2, seed: 2, codePrefix: "U");

        var result = await VerifyAsync();

        Assert.True(result.IsIntact);
        Assert.True(result.Checked > anchor.Sequence);
        Assert.Equal(anchor, result.Anchor);
    }

    [Fact]
    public async Task Verify_WithAForgedAnchorLine_FailsNamingTheLine()
    {
        await ImportGeneratedAsync(2);
        await AnchorAsync();
        await File.AppendAllTextAsync(App.AuditAnchorFile, "1\t" + AuditChain.Genesis + "\t2025-01-01T00:00:00.0000000+00:00\tforged\n", Cancel);

        var result = await VerifyAsync();

        Assert.Equal((false, AuditProblem.AnchorInvalid, 2), (result.IsIntact, result.Problem, result.BadAnchorLine));
    }

    /// <summary>Each test starts with no anchor, as the reset emptied the chain.</summary>
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        File.Delete(App.AuditAnchorFile);
    }

    private async Task<AuditAnchor> AnchorAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var anchor = await scope.ServiceProvider.GetRequiredService<WriteAuditAnchor>().RunAsync(always: true, Cancel);
        Assert.NotNull(anchor);
        return anchor;
    }

    private static Task RewindHeadAsync(Core.Data.YaojianDb db, long sequence, string hash) =>
        db.AuditHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, sequence).SetProperty(h => h.LastHash, hash), Cancel);

    private async Task<AuditVerification> VerifyAsync() =>
        (await Api.Http.GetFromJsonAsync<AuditVerification>("/api/audit/verify", Cancel))!;

    public sealed class OnSqlite(SqliteApp app) : AuditAnchorTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AuditAnchorTests(app), IClassFixture<PostgresApp>;
}
