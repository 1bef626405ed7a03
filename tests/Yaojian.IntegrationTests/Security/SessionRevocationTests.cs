using System.Net;
using System.Net.Http.Json;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Security;

/// <summary>Sign-out ends the session on the server (a copied cookie stops working), and a refresh token works once.</summary>
public abstract class SessionRevocationTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Fact]
    public async Task CopiedCookie_StopsWorkingWhenItsOwnerSignsOut()
    {
        var user = await App.EnsureUserAsync(Roles.Leader, cancellationToken: Cancel);
        using var browser = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signedIn = await PageLogin.PostAsync(browser, user, App.Password, Cancel);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("yaojian.auth=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, await ListWithCookieAsync(cookie));

        var token = await PageLogin.FormTokenAsync(browser, "/", Cancel);
        using var logout = await browser.PostAsync(
            new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await ListWithCookieAsync(cookie));
    }

    [Fact]
    public async Task RefreshToken_UsedTwice_IsRefused_AndTheWholeFamilyIsRevoked()
    {
        var user = await App.EnsureUserAsync(Roles.Leader, cancellationToken: Cancel);
        using var client = App.CreateClient();
        var first = await ApiLogin.TokenAsync(client, user, App.Password, Cancel);

        var (status, second) = await RefreshAsync(client, first.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, status);
        var (replayed, _) = await RefreshAsync(client, first.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed);

        // The thief's replay also ends the chain the rightful client holds: both must sign in again.
        var (afterReplay, _) = await RefreshAsync(client, second!.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReplay);
    }

    [Fact]
    public async Task RefreshTokens_OfTwoSignIns_AreIndependent_AndEachRotates()
    {
        var user = await App.EnsureUserAsync(Roles.Leader, cancellationToken: Cancel);
        using var client = App.CreateClient();
        var phone = await ApiLogin.TokenAsync(client, user, App.Password, Cancel);
        var laptop = await ApiLogin.TokenAsync(client, user, App.Password, Cancel);

        var (_, next) = await RefreshAsync(client, phone.RefreshToken);
        await RefreshAsync(client, phone.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(client, next!.RefreshToken)).Status);
        var (laptopStatus, laptopNext) = await RefreshAsync(client, laptop.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, laptopStatus);
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(client, laptopNext!.RefreshToken)).Status);
    }

    [Fact]
    public async Task Refresh_WithoutAToken_IsRefused()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = (string?)null }, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpStatusCode> ListWithCookieAsync(string cookie)
    {
        using var thief = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/entities");
        request.Headers.Add("Cookie", cookie);
        using var response = await thief.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    private static async Task<(HttpStatusCode Status, TokenResponse? Token)> RefreshAsync(HttpClient client, string refreshToken)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken }, Cancel);
        return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<TokenResponse>(Cancel) : null);
    }

    public sealed class OnSqlite(SqliteApp app) : SessionRevocationTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SessionRevocationTests(app), IClassFixture<PostgresApp>;
}
