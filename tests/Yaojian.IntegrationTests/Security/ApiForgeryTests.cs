using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using Yaojian.Web.Security;

namespace Yaojian.IntegrationTests.Security;

/// <summary>
/// A change to the API sent with the sign-in cookie needs the antiforgery token in a header: another site's form
/// (which the browser sends with the cookie) is refused; the pages' scripts, which ask for the token, and bearer
/// clients are served.
/// </summary>
public abstract class ApiForgeryTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private const string OtherSite = "https://evil.example";

    [Fact]
    public async Task CookieUpload_FromAnotherSiteWithoutToken_IsRefusedWithAChineseProblem_AndNothingIsImported()
    {
        using var cookie = await CookieClientAsync();
        cookie.DefaultRequestHeaders.Add("Origin", OtherSite);
        var rows = TestEntities.Generate(2, 7, "X");

        using var response = await PostImportAsync(cookie, rows);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Cancel);
        Assert.Equal("跨站请求被拒绝", problem!.Title);
        Assert.Empty((await Api.ListAsync($"q={rows[0].Code}")).Items);
    }

    [Fact]
    public async Task CookieChange_WithTheTokenOfAnotherSession_IsRefused()
    {
        using var first = await CookieClientAsync();
        var foreign = await TokenAsync(first);
        using var second = await CookieClientAsync();
        second.DefaultRequestHeaders.Add(foreign.HeaderName, foreign.Token);

        using var response = await PostImportAsync(second, TestEntities.Generate(1, 8, "Y"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CookieUpload_WithTheTokenThePageAsksFor_IsImported()
    {
        using var cookie = await CookieClientAsync();
        var token = await TokenAsync(cookie);
        cookie.DefaultRequestHeaders.Add(token.HeaderName, token.Token);

        var summary = await new RegistryClient(cookie).ImportGoodAsync(EntityFile.Csv(TestEntities.Generate(2, 9, "Z")), "cookie.csv");

        Assert.Equal(2, summary.Created);
    }

    [Fact]
    public async Task BearerUpload_NeedsNoToken()
    {
        Api.Http.DefaultRequestHeaders.Add("Origin", OtherSite);

        var summary = await Api.ImportGoodAsync(EntityFile.Csv(TestEntities.Generate(2, 10, "B")), "bearer.csv");

        Assert.Equal(2, summary.Created);
    }

    [Fact]
    public async Task AntiforgeryToken_IsOnlyForSignedInCallers()
    {
        using var anonymous = App.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/account/antiforgery", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpClient> CookieClientAsync()
    {
        var user = await App.EnsureUserAsync(Roles.SectionChief, cancellationToken: Cancel);
        var client = App.CreateClient();
        using var signedIn = await PageLogin.PostAsync(client, user, App.Password, Cancel);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        return client;
    }

    private static async Task<AntiforgeryTokenDto> TokenAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<AntiforgeryTokenDto>("/account/antiforgery", Cancel))!;

    private static async Task<HttpResponseMessage> PostImportAsync(HttpClient client, IReadOnlyList<EntityFileRow> rows)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(EntityFile.Csv(rows)), "file", "forged.csv");
        return await client.PostAsync(new Uri(RegistryClient.Path + "/import", UriKind.Relative), form, Cancel);
    }

    public sealed class OnSqlite(SqliteApp app) : ApiForgeryTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ApiForgeryTests(app), IClassFixture<PostgresApp>;
}
