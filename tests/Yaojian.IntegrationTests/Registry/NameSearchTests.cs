using System.Net;
using System.Net.Http.Json;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using Yaojian.Web.Api;

namespace Yaojian.IntegrationTests.Registry;

/// <summary>
/// <c>GET /api/entities?q=</c> read through the name bigrams: whatever wrote the name (the form, an import, a rename),
/// the search finds exactly the names that contain the query, and no longer finds an old name.
/// </summary>
public abstract class NameSearchTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private static Dictionary<string, object?> Input(string code, string name, string uscc) => new()
    {
        ["code"] = code,
        ["name"] = name,
        ["uscc"] = uscc,
        ["kind"] = "retail_pharmacy",
        ["unit"] = TestUnits.KunduStation,
        ["area"] = "rural",
        ["creditGrade"] = "B",
        ["status"] = "active",
    };

    [Fact]
    public async Task Search_CreatedThenRenamed_FindsTheNewNameOnlyByEveryPart()
    {
        var id = await CreateAsync(Input("KZ-S-1", "喀左县仁和𪚥大药房", TestUscc.Real[0]));
        await CreateAsync(Input("KZ-S-2", "喀左县同济堂", TestUscc.Real[1]));

        Assert.Equal(["KZ-S-1"], await CodesAsync("仁和"));
        Assert.Equal(["KZ-S-1"], await CodesAsync("和𪚥大"));
        Assert.Equal(["KZ-S-1"], await CodesAsync("仁"));
        Assert.Equal(["KZ-S-1", "KZ-S-2"], await CodesAsync("喀左县"));

        using var response = await Api.SendAsync(HttpMethod.Put, $"{RegistryClient.Path}/{id}", Input("KZ-S-1", "喀左县和平药房", TestUscc.Real[0]));
        await RegistryClient.EnsureAsync(response, HttpStatusCode.OK);

        Assert.Empty(await CodesAsync("仁和"));
        Assert.Empty(await CodesAsync("大药房"));
        Assert.Equal(["KZ-S-1"], await CodesAsync("和平"));
        Assert.Equal(["KZ-S-1"], await CodesAsync("县和"));
        Assert.Equal(["KZ-S-1", "KZ-S-2"], await CodesAsync("喀左县"));
    }

    [Fact]
    public async Task Search_ImportedThenReimportedWithOtherNames_FindsExactlyTheNamesContainingTheQuery()
    {
        var rows = await ImportGeneratedAsync(80, seed: 31);
        await AssertSearchesAsync(rows);

        var renamed = rows.Select((r, i) => i % 3 == 0 ? r with { Name = string.Concat(r.Name.AsSpan(2), "同仁") } : r).ToList();
        var summary = await Api.ImportGoodAsync(EntityFile.Csv(renamed), "renamed.csv");
        Assert.True(summary.Updated > 0);
        await AssertSearchesAsync(renamed);
    }

    [Fact]
    public async Task Search_WithOtherFilters_KeepsOnlyTheRowsMatchingAll()
    {
        var rows = await ImportGeneratedAsync(80, seed: 32);
        var part = rows[5].Name.Substring(rows[5].Name.Length - 3, 2);
        var expected = rows.Where(r => r.Name.Contains(part, StringComparison.Ordinal) && r.Kind == rows[5].Kind)
            .Select(r => r.Code).Order(StringComparer.Ordinal);

        var items = await Api.ListAllAsync($"q={Uri.EscapeDataString(part)}&kind={rows[5].Kind}");

        Assert.Equal(expected, items.Select(i => i.Code));
        Assert.Contains(rows[5].Code, items.Select(i => i.Code));
    }

    [Fact]
    public async Task Search_CodeOrCreditCode_StillFindsTheEntity()
    {
        var rows = await ImportGeneratedAsync(20, seed: 33);
        var withUscc = rows.First(r => r.Uscc.Length > 0);

        Assert.Equal([rows[3].Code], await CodesAsync(rows[3].Code));
        Assert.Equal([withUscc.Code], await CodesAsync(withUscc.Uscc.ToLowerInvariant()));
    }

    private async Task AssertSearchesAsync(IReadOnlyList<EntityFileRow> rows)
    {
        var queries = rows.Take(12).SelectMany(r => new[] { r.Name[..1], r.Name.Substring(1, 2), r.Name.Substring(r.Name.Length - 3, 3) })
            .Append("同仁").Append("不存在的名").Distinct(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            var expected = rows.Where(r => r.Name.Contains(query, StringComparison.Ordinal) || r.Code == query)
                .Select(r => r.Code).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(await CodesAsync(query)), $"q={query}: expected {expected.Count} entities");
        }
    }

    private async Task<List<string>> CodesAsync(string query) =>
        (await Api.ListAllAsync($"q={Uri.EscapeDataString(query)}")).Select(i => i.Code).Order(StringComparer.Ordinal).ToList();

    private async Task<int> CreateAsync(Dictionary<string, object?> input)
    {
        using var response = await Api.SendAsync(HttpMethod.Post, RegistryClient.Path, input);
        await RegistryClient.EnsureAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<EntityDetailDto>(Cancel))!.Entity.Id;
    }

    public sealed class OnSqlite(SqliteApp app) : NameSearchTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : NameSearchTests(app), IClassFixture<PostgresApp>;
}
