using System.Net;
using System.Net.Http.Headers;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Hosting;

/// <summary>
/// The app in Production on Kestrel, as behind nginx: a page with a form works when the loopback proxy says the
/// request came over HTTPS (its cookies Secure); over plain HTTP it explains itself in Chinese rather than failing
/// with 500; every answer carries the security headers and no <c>Server</c>; the OpenAPI document is for signed-in users.
/// </summary>
public abstract class ProductionFrontDoorTests(YaojianAppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FormPage_ForwardedAsHttps_Answers200WithSecureCookies()
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("yaojian.antiforgery", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("account/login")]
    [InlineData("registry")]
    [InlineData("")]
    public async Task Page_PlainHttp_ExplainsInChineseToUseHttps_Not500(string path)
    {
        using var client = Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("请通过 HTTPS 访问", page, StringComparison.Ordinal);
        Assert.Contains($"https://127.0.0.1/{path}", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("account/login", true, HttpStatusCode.OK)]
    [InlineData("api/public/penalties", false, HttpStatusCode.OK)]
    [InlineData("app.css", false, HttpStatusCode.OK)]
    [InlineData("api/no-such-thing", false, HttpStatusCode.NotFound)]
    [InlineData("api/inspections", false, HttpStatusCode.Unauthorized)]
    [InlineData("no-such-page", true, HttpStatusCode.NotFound)]
    public async Task EveryAnswer_CarriesTheSecurityHeaders_AndNoServer(string path, bool overHttps, HttpStatusCode status)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (overHttps)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        var policy = Single(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Matches("script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;", policy);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task OpenApi_InProduction_IsForSignedInUsersOnly()
    {
        using var client = Client();
        using var anonymous = await client.GetAsync(new Uri("openapi/v1.json", UriKind.Relative), Cancel);
        var userName = await app.EnsureUserAsync(Roles.Leader, cancellationToken: Cancel);
        var token = await ApiLogin.TokenAsync(client, userName, app.Password, Cancel);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        using var signedIn = await client.GetAsync(new Uri("openapi/v1.json", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : response.Content.Headers.GetValues(name));

    public sealed class OnSqlite(SqliteProductionApp app) : ProductionFrontDoorTests(app), IClassFixture<SqliteProductionApp>;

    public sealed class OnPostgres(PostgresProductionApp app) : ProductionFrontDoorTests(app), IClassFixture<PostgresProductionApp>;
}
