using System.Net;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests;

/// <summary>The factory's Kestrel mode, which browser tests rely on: a real socket on a loopback port.</summary>
public abstract class KestrelTests(YaojianAppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartServer_KestrelMode_AnswersOnALoopbackPort()
    {
        Assert.Equal("127.0.0.1", app.BaseAddress.Host);
        Assert.NotEqual(0, app.BaseAddress.Port);

        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using var health = await client.GetAsync(new Uri("health", UriKind.Relative), Cancel);
        using var registry = await client.GetAsync(new Uri("registry", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        // Not signed in: the registry sends the browser to the login page, written in UTF-8 Chinese.
        Assert.Equal(HttpStatusCode.OK, registry.StatusCode);
        Assert.Equal("/account/login", registry.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("用户名", await registry.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteKestrelApp app) : KestrelTests(app), IClassFixture<SqliteKestrelApp>;

    public sealed class OnPostgres(PostgresKestrelApp app) : KestrelTests(app), IClassFixture<PostgresKestrelApp>;
}
