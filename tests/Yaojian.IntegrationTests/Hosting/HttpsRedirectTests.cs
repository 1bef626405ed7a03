using System.Net;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Hosting;

/// <summary>With <c>Https:Redirect</c> on, plain HTTP is sent to HTTPS, and a request the proxy forwarded as HTTPS is served.</summary>
public abstract class HttpsRedirectTests(YaojianAppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlainHttp_IsRedirectedToHttps_ForwardedHttpsIsServed()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var plain = await client.GetAsync(new Uri("account/login?returnUrl=%2Fplans", UriKind.Relative), Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, "account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var forwarded = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal(new Uri("https://127.0.0.1/account/login?returnUrl=%2Fplans"), plain.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
    }

    public sealed class OnSqlite(SqliteRedirectingApp app) : HttpsRedirectTests(app), IClassFixture<SqliteRedirectingApp>;

    public sealed class OnPostgres(PostgresRedirectingApp app) : HttpsRedirectTests(app), IClassFixture<PostgresRedirectingApp>;
}
