using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Security;

/// <summary>
/// Sign-in failures slow down their source, not the account: 20 failures from one address meet 429 there while the
/// owner signs in from another; unknown and known names get the same answer; a malformed login answers 400.
/// </summary>
public abstract partial class LoginThrottleTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Fact]
    public async Task TwentyFailuresFromOneAddress_Meet429There_WhileTheChiefSignsInFromAnother()
    {
        var chief = await App.EnsureUserAsync(Roles.SectionChief, cancellationToken: Cancel);
        using var attacker = From("203.0.113.7");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var failed = await LoginAsync(attacker, chief, "Wrong-password-" + i);
            statuses.Add(failed.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 10).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 10)), statuses);
        using var limited = await LoginAsync(attacker, chief, App.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("登录失败次数过多", await limited.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        using var office = From("198.51.100.9");
        using var signedIn = await LoginAsync(office, chief, App.Password);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task ThirtyFailuresFromThreeAddresses_LimitTheName_ButNotWhereItsOwnerSignedInBefore()
    {
        // An account of its own: the name's window is shared by every test of the class.
        var chief = await App.EnsureUserAsync(Roles.Inspector, TestUnits.DachengziStation, Cancel);
        using var office = From("198.51.100.50");
        using (var before = await LoginAsync(office, chief, App.Password))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        foreach (var address in new[] { "203.0.113.51", "203.0.113.52", "203.0.113.53" })
        {
            using var attacker = From(address);
            for (var i = 0; i < 10; i++)
            {
                using var failed = await LoginAsync(attacker, chief, "Wrong-password-" + i);
                Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
            }
        }

        using var stranger = From("203.0.113.54");
        using var refused = await LoginAsync(stranger, chief, App.Password);
        using var owner = await LoginAsync(office, chief, App.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task UnknownAndKnownNames_GetByteIdenticalAnswers()
    {
        var known = await App.EnsureUserAsync(Roles.Leader, cancellationToken: Cancel);
        using var client = From("192.0.2.10");

        using var knownAnswer = await LoginAsync(client, known, "Wrong-password-1");
        using var unknownAnswer = await LoginAsync(client, "no-such-person", "Wrong-password-1");

        Assert.Equal(HttpStatusCode.Unauthorized, knownAnswer.StatusCode);
        Assert.Equal(knownAnswer.StatusCode, unknownAnswer.StatusCode);
        Assert.Equal(await knownAnswer.Content.ReadAsByteArrayAsync(Cancel), await unknownAnswer.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(knownAnswer.Content.Headers.ContentType, unknownAnswer.Content.Headers.ContentType);
    }

    [Fact]
    public async Task LoginPage_FailuresAreThrottledPerAddress_AndAnswerAlikeForUnknownNames()
    {
        var chief = await App.EnsureUserAsync(Roles.SectionChief, cancellationToken: Cancel);
        using var attacker = From("203.0.113.99");
        var messages = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            using var page = await PageLogin.PostAsync(attacker, i % 2 == 0 ? chief : "no-such-person-" + i, "Wrong-password-1", Cancel);
            messages.Add($"{(int)page.StatusCode} {Alert(await page.Content.ReadAsStringAsync(Cancel))}");
        }

        Assert.Equal(Enumerable.Repeat("200 用户名或密码错误", 10), messages.Take(10));
        Assert.StartsWith("429 登录失败次数过多", messages[10], StringComparison.Ordinal);

        using var office = From("198.51.100.99");
        using var signedIn = await PageLogin.PostAsync(office, chief, App.Password, Cancel);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.NotEqual("/account/login", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData("{\"userName\":null,\"password\":null}", "userName")]
    [InlineData("{\"userName\":\"chief\"}", "password")]
    [InlineData("{}", "userName")]
    public async Task Login_WithMissingFields_Answers400NamingThem(string body, string field)
    {
        using var client = App.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/auth/login", UriKind.Relative), content, Cancel);

        var problem = await RegistryClient.ProblemAsync(response);
        Assert.Contains(problem.Errors[field], e => e.StartsWith("请输入", StringComparison.Ordinal));
    }

    private HttpClient From(string address)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { userName, password }, Cancel);

    private static string Alert(string html) => AlertPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex AlertPattern();

    public sealed class OnSqlite(SqliteApp app) : LoginThrottleTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : LoginThrottleTests(app), IClassFixture<PostgresApp>;
}
