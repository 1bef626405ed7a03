using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Audit;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Audit;

/// <summary>The append-only, hash-chained audit trail, checked through the API after editing the database directly.</summary>
public abstract class AuditTrailTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Fact]
    public async Task ChangesAndRefusals_AreRecordedWithActorAndValues_AndTheChainIsIntact()
    {
        var rows = await ImportGeneratedAsync(3);
        var id = (await Api.ListAsync($"q={rows[0].Code}")).Items.Single().Id;
        using var edit = await Api.SendAsync(HttpMethod.Put, $"{RegistryClient.Path}/{id}", EditInput(rows[0], "喀左县审计测试药房"));
        await RegistryClient.EnsureAsync(edit, HttpStatusCode.OK);
        using var inspector = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.DachengziStation, Cancel);
        using var refused = await inspector.PostAsync(new Uri("/api/entities/import", UriKind.Relative), new MultipartFormDataContent(), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var history = await Api.Http.GetFromJsonAsync<List<AuditEntry>>($"/api/entities/{id}/history", Cancel);

        Assert.NotNull(history);
        var update = history.First(h => h.Subject == "entities" && h.Action == AuditActions.Update);
        Assert.StartsWith("t-section-chief", update.Actor, StringComparison.Ordinal);
        Assert.Contains(rows[0].Name, update.Before, StringComparison.Ordinal);
        Assert.Contains("喀左县审计测试药房", update.After, StringComparison.Ordinal);
        Assert.Contains(history, h => h.Subject == "entities" && h.Action == AuditActions.Create);
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.True(await db.AuditRecords.AnyAsync(r => r.Action == AuditActions.Forbidden && r.SubjectKey == "POST /api/entities/import", Cancel));
        Assert.True(await db.AuditRecords.AnyAsync(r => r.Action == AuditActions.LoginSucceeded, Cancel));
        Assert.True((await VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Verify_ARecordChangedInTheDatabase_NamesIt()
    {
        await ImportGeneratedAsync(5);
        var target = await MiddleSequenceAsync();
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            await db.AuditRecords.Where(r => r.Sequence == target).ExecuteUpdateAsync(s => s.SetProperty(r => r.Actor, "someone-else"), Cancel);
        }

        var result = await VerifyAsync();

        Assert.Equal((false, target, AuditProblem.Altered), (result.IsIntact, result.FirstBadSequence, result.Problem));
    }

    [Fact]
    public async Task Verify_ARecordDeletedFromTheDatabase_NamesIt()
    {
        await ImportGeneratedAsync(5);
        var target = await MiddleSequenceAsync();
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            await db.AuditRecords.Where(r => r.Sequence == target).ExecuteDeleteAsync(Cancel);
        }

        var result = await VerifyAsync();

        Assert.Equal((false, target, AuditProblem.Removed), (result.IsIntact, result.FirstBadSequence, result.Problem));
    }

    [Fact]
    public async Task Verify_ARecordInsertedIntoTheDatabase_NamesIt()
    {
        await ImportGeneratedAsync(2);
        long forged;
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            var last = await db.AuditRecords.OrderByDescending(r => r.Sequence).FirstAsync(Cancel);
            var record = new AuditRecord
            {
                Sequence = last.Sequence + 1,
                At = last.At,
                Actor = "intruder",
                Action = AuditActions.Delete,
                Subject = "entities",
                SubjectKey = "1",
                PreviousHash = last.Hash,
                Hash = string.Empty,
            };
            record.Hash = AuditChain.ComputeHash(record);
            db.AuditRecords.Add(record);
            await db.SaveChangesAsync(Cancel);
            forged = record.Sequence;
        }

        var result = await VerifyAsync();

        Assert.Equal((false, forged, AuditProblem.Inserted), (result.IsIntact, result.FirstBadSequence, result.Problem));
    }

    private async Task<long> MiddleSequenceAsync()
    {
        await using var db = await App.CreateDbAsync(Cancel);
        var count = await db.AuditRecords.CountAsync(Cancel);
        Assert.True(count > 4, $"expected a chain to tamper with, found {count} records");
        return await db.AuditRecords.OrderBy(r => r.Sequence).Skip(count / 2).Select(r => r.Sequence).FirstAsync(Cancel);
    }

    private async Task<AuditVerification> VerifyAsync() =>
        (await Api.Http.GetFromJsonAsync<AuditVerification>("/api/audit/verify", Cancel))!;

    private static Dictionary<string, object?> EditInput(EntityFileRow row, string name) => new()
    {
        ["code"] = row.Code,
        ["name"] = name,
        ["uscc"] = row.Uscc,
        ["kind"] = row.Kind,
        ["unit"] = row.Unit,
        ["area"] = row.Area,
        ["creditGrade"] = row.CreditGrade,
        ["deviceTier"] = row.DeviceTier,
        ["status"] = row.Status,
        ["tags"] = row.Tags.Split(';', StringSplitOptions.RemoveEmptyEntries),
    };

    public sealed class OnSqlite(SqliteApp app) : AuditTrailTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AuditTrailTests(app), IClassFixture<PostgresApp>;
}
