using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Security;

/// <summary>Password sign-in by API and by page: no lockout, token expiry and refresh, antiforgery on form posts.</summary>
public abstract class SignInTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Fact]
    public async Task Login_WrongPasswords_NeverLockTheAccount()
    {
        var user = await App.EnsureUserAsync(Roles.Inspector, TestUnits.DachengziStation, Cancel);
        using var client = App.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password = "Wrong-password-1" }, Cancel);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password = App.Password }, Cancel);

        // A stranger's failures slow down the stranger (LoginThrottleTests), never the account's owner.
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        await using var scope = App.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<YaojianUser>>().FindByNameAsync(user);
        Assert.Null(account!.LockoutEnd);
    }

    [Fact]
    public async Task BearerToken_AfterAnHour_IsRefused_AndTheRefreshTokenGivesANewOne()
    {
        var user = await App.EnsureUserAsync(Roles.Leader, cancellationToken: Cancel);
        using var client = App.CreateClient();
        var token = await ApiLogin.TokenAsync(client, user, App.Password, Cancel);
        Assert.Equal(3600, token.ExpiresIn);

        Assert.Equal(HttpStatusCode.OK, await ListStatusAsync(client, token.AccessToken));
        App.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.Unauthorized, await ListStatusAsync(client, token.AccessToken));

        using var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.RefreshToken }, Cancel);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var renewed = (await refreshed.Content.ReadFromJsonAsync<TokenResponse>(Cancel))!;
        Assert.Equal(HttpStatusCode.OK, await ListStatusAsync(client, renewed.AccessToken));

        App.Clock.Advance(TimeSpan.FromDays(8));
        using var stale = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = renewed.RefreshToken }, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
    }

    [Fact]
    public async Task LoginPage_PostWithoutAntiforgeryToken_IsRefused()
    {
        var user = await App.EnsureUserAsync(Roles.Leader, cancellationToken: Cancel);
        using var client = App.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = user,
            ["Input.Password"] = App.Password,
        });

        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("yaojian.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task LoginPage_WithTheFormsToken_SignsInAndLogoutNeedsTheTokenToo()
    {
        var user = await App.EnsureUserAsync(Roles.Leader, cancellationToken: Cancel);
        using var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signedIn = await PageLogin.PostAsync(client, user, App.Password, Cancel);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("yaojian.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var logoutWithoutToken = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent([]), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, logoutWithoutToken.StatusCode);
        using var logoutWithoutBody = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), content: null, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, logoutWithoutBody.StatusCode);
    }

    private static async Task<HttpStatusCode> ListStatusAsync(HttpClient client, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/entities");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    public sealed class OnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
}
