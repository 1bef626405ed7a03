using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Audit;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Audit;

/// <summary>
/// The change history shows no more than the record (issue 11): to the leader and the administrator, who may read the
/// trail but lack the personal-data right, a pharmacist's ID number and the entity's phone are masked in the values
/// before and after as <c>/api/entities/{id}</c> masks them, and so is a phone written in a free text; the section chief,
/// who has the right, sees them whole.
/// </summary>
public abstract class AuditHistoryPrivacyTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private const string IdNumber = "211324198001011232";

    [Theory]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.Admin)]
    public async Task History_WithoutThePersonalDataRight_MasksIdNumbersPhonesAndFreeTexts_AsTheRecordDoes(string role)
    {
        var id = await EntityWithPersonalDataAsync();
        using var registry = new RegistryClient(await App.CreateClientAsAsync(role, cancellationToken: Cancel));

        var values = await ValuesAsync(registry.Http, id);
        var detail = await registry.GetAsync(id);

        Assert.All(new[] { IdNumber, "13912345678", "138-1234-5678" }, leak => Assert.DoesNotContain(leak, values, StringComparison.Ordinal));
        Assert.Contains(Assert.Single(detail.Pharmacists).IdNumber!, values, StringComparison.Ordinal);
        Assert.Contains(detail.ContactPhone!, values, StringComparison.Ordinal);
        Assert.Contains("（负责人电话 ***-****-****）", values, StringComparison.Ordinal);
        Assert.Contains("李药师", values, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_WithThePersonalDataRight_ShowsTheValuesWhole()
    {
        var id = await EntityWithPersonalDataAsync();

        var values = await ValuesAsync(Api.Http, id);

        Assert.All(new[] { IdNumber, "13912345678", "138-1234-5678" }, whole => Assert.Contains(whole, values, StringComparison.Ordinal));
    }

    private async Task<int> EntityWithPersonalDataAsync()
    {
        var rows = await ImportGeneratedAsync(3);
        var id = (await Api.ListAsync($"q={rows[0].Code}")).Items.Single().Id;
        await using var db = await App.CreateDbAsync(Cancel);
        db.Pharmacists.Add(new Pharmacist { EntityId = id, Name = "李药师", RegistrationNumber = "ZY2025000123", IdNumber = IdNumber });
        var entity = await db.Entities.SingleAsync(e => e.Id == id, Cancel);
        (entity.ContactPhone, entity.Address) = ("13912345678", "喀左县大城子街道（负责人电话 138-1234-5678）");
        await db.SaveChangesAsync(Cancel);
        return id;
    }

    private async Task<string> ValuesAsync(HttpClient client, int id)
    {
        var history = (await client.GetFromJsonAsync<List<AuditEntry>>(new Uri($"/api/entities/{id}/history", UriKind.Relative), Cancel))!;
        Assert.Contains(history, h => h.Subject == "pharmacists");
        return string.Join('\n', history.SelectMany(h => new[] { h.Before, h.After }));
    }

    public sealed class OnSqlite(SqliteApp app) : AuditHistoryPrivacyTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AuditHistoryPrivacyTests(app), IClassFixture<PostgresApp>;
}
