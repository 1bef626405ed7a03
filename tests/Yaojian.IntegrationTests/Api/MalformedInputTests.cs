using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Cases;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Api;

/// <summary>
/// Every operation of the app's own OpenAPI document, sent malformed values generated from its schemas (see
/// <see cref="OpenApiCases"/>) by an account holding every role and by nobody signed in, on the demo county: no answer
/// may be a 5xx. A failure lists every operation and payload that got one.
/// </summary>
public abstract class MalformedInputTests(YaojianAppFactory app)
{
    private const int Seed = 20_251_107;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryOperation_MalformedValues_NeverAnswer5xx()
    {
        using var client = await WidestClientAsync();
        var cases = await CasesAsync(await ArrangeAsync(client));
        var watch = Stopwatch.StartNew();

        var failures = await SendAllAsync(client, cases);

        Assert.InRange(cases.Count, 300, 900);
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} requests answered 5xx ({watch.Elapsed.TotalSeconds:0}s):\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task EveryOperation_Anonymous_NeverAnswers5xx()
    {
        var cases = OpenApiCases.Plausible(await CasesAsync(new Dictionary<string, JsonNode>()));
        using var client = app.CreateClient();

        var failures = await SendAllAsync(client, cases);

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Cases_SameSeed_AreTheSame()
    {
        var document = JsonNode.Parse("""
            {"paths":{"/api/x/{year}":{"get":{"operationId":"X","parameters":[{"name":"year","in":"path","schema":{"type":"integer"}},{"name":"q","in":"query","schema":{"type":"string"}}]}}}}
            """)!;

        var first = OpenApiCases.For(document, Seed);
        var second = OpenApiCases.For(document, Seed);

        Assert.Equal(first, second);
        Assert.Contains(first, c => c.Path == "/api/x/0");
        Assert.Contains(first, c => c.Path == "/api/x/10000");
    }

    private async Task<IReadOnlyList<FuzzCase>> CasesAsync(IReadOnlyDictionary<string, JsonNode> known)
    {
        using var client = app.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel))!;
        return OpenApiCases.For(document, Seed, known).ToList();
    }

    /// <summary>
    /// The demo county has no records, dispositions or clues: one of each (ids 1), so that requests reach past the
    /// lookup; the entity and two inspectors of its unit as the plausible values of those fields.
    /// </summary>
    private async Task<Dictionary<string, JsonNode>> ArrangeAsync(HttpClient client)
    {
        await using var db = await app.CreateDbAsync(Cancel);
        var team = (await db.Inspectors.AsNoTracking().Where(i => i.Active && i.Conflicts.Count == 0).ToListAsync(Cancel))
            .GroupBy(i => i.UnitId).OrderBy(g => g.Key).First(g => g.Count() >= 2);
        var entity = await db.Entities.Where(e => e.UnitId == team.Key).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Cancel);
        var inspectors = team.OrderBy(i => i.Id).Take(2).Select(i => i.Id).ToArray();
        var items = new[] { new { itemId = "channels", text = "药品购进渠道合法", requirements = new[] { "KZ-D-3.4" } } };
        await ExpectAsync(client, "/api/inspections", new { entityId = entity, inspectorIds = inspectors, items });
        await ExpectAsync(client, "/api/dispositions", new { kind = DispositionKind.Warning, entityId = entity, reason = "依据现场检查记录" });
        await ExpectAsync(client, "/api/clues", new { source = ClueSource.Complaint, entityId = entity, summary = "投诉" });
        return new Dictionary<string, JsonNode>(StringComparer.OrdinalIgnoreCase)
        {
            ["entityId"] = entity,
            ["entity"] = entity,
            ["inspectorIds"] = new JsonArray([.. inspectors.Select(i => JsonValue.Create(i))]),
        };
    }

    private static async Task ExpectAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
    }


    private static async Task<List<string>> SendAllAsync(HttpClient client, IReadOnlyList<FuzzCase> cases)
    {
        var failures = new List<string>();
        foreach (var fuzzCase in cases)
        {
            using var request = fuzzCase.ToRequest();
            using var response = await client.SendAsync(request, Cancel);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} {fuzzCase}");
            }
        }

        return failures;
    }

    /// <summary>A signed-in account with every role a person can have: the widest rights the API knows.</summary>
    private async Task<HttpClient> WidestClientAsync()
    {
        var userName = await app.EnsureUserAsync(Roles.Leader, cancellationToken: Cancel);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<YaojianUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            var missing = Roles.Assignable.Except(await users.GetRolesAsync(user)).ToList();
            if (missing.Count > 0)
            {
                await users.AddToRolesAsync(user, missing);
            }
        }

        var client = app.CreateClient();
        var token = await ApiLogin.TokenAsync(client, userName, app.Password, Cancel);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    public sealed class OnSqlite(SqliteDemoApp app) : MalformedInputTests(app), IClassFixture<SqliteDemoApp>;

    public sealed class OnPostgres(PostgresDemoApp app) : MalformedInputTests(app), IClassFixture<PostgresDemoApp>;
}
