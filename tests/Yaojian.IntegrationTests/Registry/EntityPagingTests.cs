using System.Globalization;
using System.Net;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using Yaojian.Web.Api;

namespace Yaojian.IntegrationTests.Registry;

/// <summary>
/// <c>GET /api/entities</c> keeps its total until the data changes and seeks to deep pages from bookmarks: the answers
/// must stay those of a fresh count and of <c>OFFSET</c>, for each caller's units and each filter, before and after a
/// write.
/// </summary>
public abstract class EntityPagingTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Fact]
    public async Task List_TotalAskedAgain_FollowsAnAddedEntityPerFilterAndPerCallersUnits()
    {
        using var stationHttp = await App.CreateClientAsAsync(Roles.Inspector, TestUnits.KunduStation, Cancel);
        using var station = new RegistryClient(stationHttp);
        var rows = await ImportGeneratedAsync(40, seed: 31);
        int Of(string unit, string kind = "") => rows.Count(r => r.Unit == unit && (kind.Length == 0 || r.Kind == kind));

        Assert.Equal(40, (await Api.ListAsync()).Total);
        Assert.Equal(Of(TestUnits.KunduStation), (await station.ListAsync()).Total);
        Assert.Equal(rows.Count(r => r.Kind == "retail_pharmacy"), (await Api.ListAsync("kind=retail_pharmacy")).Total);
        Assert.Equal(Of(TestUnits.KunduStation, "retail_pharmacy"), (await station.ListAsync("kind=retail_pharmacy")).Total);

        using var created = await Api.SendAsync(HttpMethod.Post, RegistryClient.Path, NewPharmacy("A-FIRST", TestUnits.KunduStation));
        await RegistryClient.EnsureAsync(created, HttpStatusCode.Created);

        var all = await Api.ListAsync();
        Assert.Equal((41, "A-FIRST"), (all.Total, all.Items[0].Code));
        Assert.Equal(Of(TestUnits.KunduStation) + 1, (await station.ListAsync()).Total);
        Assert.Equal(rows.Count(r => r.Kind == "retail_pharmacy") + 1, (await Api.ListAsync("kind=retail_pharmacy")).Total);
        Assert.Equal(Of(TestUnits.KunduStation, "retail_pharmacy") + 1, (await station.ListAsync("kind=retail_pharmacy")).Total);
    }

    [Fact]
    public async Task List_DeepPages_AreTheOffsetPagesAndMoveWhenAnEntityIsAdded()
    {
        var rows = await ImportGeneratedAsync(2150, seed: 32);
        var codes = rows.Select(r => r.Code).Order(StringComparer.Ordinal).ToList();
        await AssertPagesAsync(codes);

        using var created = await Api.SendAsync(HttpMethod.Post, RegistryClient.Path, NewPharmacy("A-FIRST", TestUnits.DrugOffice));
        await RegistryClient.EnsureAsync(created, HttpStatusCode.Created);

        await AssertPagesAsync(["A-FIRST", .. codes]);
    }

    /// <summary>Pages on both sides of each bookmark (every 1,000 rows), the last one and one past it.</summary>
    private async Task AssertPagesAsync(IReadOnlyList<string> codes)
    {
        (int Page, int Size)[] pages = [(1, 200), (5, 200), (6, 200), (10, 200), (11, 200), (12, 200), (142, 7), (143, 7), (144, 7),
            (286, 7), (999, 1), (1000, 1), (1001, 1), (2000, 1), (2001, 1), (codes.Count, 1), (codes.Count + 1, 1)];
        foreach (var (page, size) in pages)
        {
            var answer = await Api.ListAsync(string.Create(CultureInfo.InvariantCulture, $"page={page}&pageSize={size}"));
            var expected = codes.Skip((page - 1) * size).Take(size);
            Assert.True(expected.SequenceEqual(answer.Items.Select(i => i.Code)), $"page {page} of {size}: {string.Join(',', answer.Items.Select(i => i.Code))}");
            Assert.Equal((codes.Count, page), (answer.Total, answer.Page));
        }
    }

    private static Dictionary<string, object?> NewPharmacy(string code, string unit) => new()
    {
        ["code"] = code,
        ["name"] = "喀左县新开大药房",
        ["kind"] = "retail_pharmacy",
        ["unit"] = unit,
        ["area"] = "urban",
        ["status"] = "active",
    };

    public sealed class OnSqlite(SqliteApp app) : EntityPagingTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : EntityPagingTests(app), IClassFixture<PostgresApp>;
}
