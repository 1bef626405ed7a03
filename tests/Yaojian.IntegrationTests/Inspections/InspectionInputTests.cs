using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Yaojian.Core.Common;
using Yaojian.Core.Inspections.Work;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Inspections;

/// <summary>The record list's period on both databases, and the items a new record is given, refused field by field.</summary>
public abstract class InspectionInputTests(YaojianAppFactory app) : InspectionTestBase(app)
{
    [Fact]
    public async Task List_FromTo_KeepsTheRecordsStartedInThePeriod()
    {
        var record = await StartAsync(new { planVisitId = (await DrawAndPickVisitAsync()).Id, items = Items });
        var (today, tomorrow, yesterday) = (Day(Today), Day(Today.AddDays(1)), Day(Today.AddDays(-1)));

        Assert.Equal([record.Id], await IdsAsync($"from={today}&to={today}"));
        Assert.Empty(await IdsAsync($"from={tomorrow}"));
        Assert.Empty(await IdsAsync($"to={yesterday}"));
        Assert.Equal([record.Id], await IdsAsync("from=0001-01-01&to=9999-12-31"));
        Assert.Equal([record.Id], await IdsAsync($"from={yesterday}&to={tomorrow}&entityId={record.EntityId}&page=1&pageSize=5"));
    }

    [Fact]
    public async Task Start_AnItemWithoutAnId_Answers422NamingTheField()
    {
        var visit = await DrawAndPickVisitAsync();

        using var response = await PostAsync("/api/inspections", new
        {
            planVisitId = visit.Id,
            items = new[] { Items[0], Items[1] with { ItemId = " " } },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemBody>(Cancel))!;
        Assert.Equal("第 2 个检查项的编号（itemId）不能为空，且不超过 150 个字符", Assert.Single(problem.Errors["items[1].itemId"]));
        Assert.Single(problem.Errors);
    }

    private static string Day(DateOnly day) => day.ToString("O", CultureInfo.InvariantCulture);

    private async Task<int[]> IdsAsync(string query)
    {
        using var response = await Api.Http.GetAsync(new Uri($"/api/inspections?{query}", UriKind.Relative), Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        return [.. (await response.Content.ReadFromJsonAsync<Page<InspectionSummary>>(Cancel))!.Items.Select(i => i.Id)];
    }

    public sealed class OnSqlite(SqliteApp app) : InspectionInputTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : InspectionInputTests(app), IClassFixture<PostgresApp>;
}
