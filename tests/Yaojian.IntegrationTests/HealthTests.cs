using System.Net;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests;

public abstract class HealthTests(YaojianAppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_Get_Answers200Healthy()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task OpenApi_Get_DescribesTheRegistryApi()
    {
        using var client = app.CreateClient();
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel);

        Assert.Contains("/api/entities/import", document, StringComparison.Ordinal);
        Assert.Contains("ListEntities", document, StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteApp app) : HealthTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : HealthTests(app), IClassFixture<PostgresApp>;
}
