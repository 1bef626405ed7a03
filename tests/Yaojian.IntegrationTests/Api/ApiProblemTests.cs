using System.Net;
using System.Net.Http.Json;
using System.Text;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Api;

/// <summary>What the API answers to input it cannot use: a Chinese problem detail naming the field, never a 500 or an empty body.</summary>
public abstract class ApiProblemTests(YaojianAppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/inspections?page=abc", "page", "“abc”不是有效的值")]
    [InlineData("/api/inspections?from=2025-13-45", "from", "“2025-13-45”不是有效的值")]
    [InlineData("/api/sampling/0", "year", "年份应在 2000—2100 之间")]
    [InlineData("/api/sampling/10000/filing", "year", "年份应在 2000—2100 之间")]
    [InlineData("/api/plans/0/visits", "year", "年份应在 2000—2100 之间")]
    [InlineData("/api/public/plans/10000", "year", "年份应在 2000—2100 之间")]
    [InlineData("/api/sampling/samples?year=1", "year", "年份应在 2000—2100 之间")]
    public async Task Get_AValueThatIsNone_Answers400NamingTheField(string path, string field, string reason)
    {
        using var client = await app.CreateClientAsAsync(Roles.Leader, cancellationToken: Cancel);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "请求有误", field, reason);
    }

    [Theory]
    [InlineData("{\"entityId\": ", "entityId")]
    [InlineData("{\"entityId\": \"一\"}", "entityId")]
    [InlineData("{\"items\": [{\"itemId\": 5}]}", "items[0].itemId")]
    [InlineData("[]", "input")]
    public async Task Post_JsonItCannotRead_Answers400NamingThePath(string body, string field)
    {
        await app.ResetAsync(Cancel);
        using var client = await app.CreateClientAsAsync(Roles.SectionChief, TestUnits.DrugOffice, Cancel);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/inspections", UriKind.Relative), content, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "请求有误", field, "JSON 格式不对，或值的类型不对");
    }

    [Fact]
    public async Task AnUnknownRoute_Answers404WithAChineseProblem()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("未找到", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title, string field, string reason)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemBody>(Cancel))!;
        Assert.Equal(title, problem.Title);
        Assert.Contains(reason, Assert.Single(problem.Errors, e => e.Key == field).Value);
    }

    public sealed class OnSqlite(SqliteApp app) : ApiProblemTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ApiProblemTests(app), IClassFixture<PostgresApp>;
}
