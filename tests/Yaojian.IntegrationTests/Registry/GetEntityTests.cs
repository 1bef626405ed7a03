using System.Net;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Registry;

/// <summary><c>GET /api/entities/{id}</c>: one entity with its licences, pharmacists and grade history.</summary>
public abstract class GetEntityTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Fact]
    public async Task Get_ImportedEntity_ReturnsItsFieldsAndTheImportInItsGradeHistory()
    {
        var rows = await ImportGeneratedAsync(25, seed: 31);
        var row = rows.First(r => r.CreditGrade.Length > 0);
        var id = (await Api.ListAsync($"q={row.Code}")).Items.Single().Id;

        var detail = await Api.GetAsync(id);

        Assert.Equal((row.Code, row.Name, row.Township, row.Address), (detail.Entity.Code, detail.Entity.Name, detail.Entity.Township, detail.Entity.Address));
        Assert.Equal(row.LegalRepresentative, detail.LegalRepresentative);
        Assert.Equal((App.Clock.GetUtcNow(), App.Clock.GetUtcNow()), (detail.CreatedAt, detail.UpdatedAt));
        Assert.Empty(detail.Licences);
        var history = Assert.Single(detail.GradeHistory);
        Assert.Equal((null, row.CreditGrade, TestClock.Today), (history.FromGrade, history.ToGrade, history.EffectiveOn));
        Assert.Contains("setup.csv", history.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("987654")]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task Get_UnknownId_Answers404(string id)
    {
        await ImportGeneratedAsync(2);
        using var response = await Api.SendAsync(HttpMethod.Get, $"{RegistryClient.Path}/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public sealed class OnSqlite(SqliteApp app) : GetEntityTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : GetEntityTests(app), IClassFixture<PostgresApp>;
}
