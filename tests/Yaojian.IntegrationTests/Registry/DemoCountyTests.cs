using Yaojian.Core.Common;
using Yaojian.Core.Demo;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Registry;

/// <summary>The demo county seeded at start when <c>Demo:Seed</c> is on.</summary>
public abstract class DemoCountyTests(YaojianAppFactory app)
{
    [Fact]
    public async Task Seed_DemoOn_Gives400To600EntitiesOfEveryKindAcrossTheUnits()
    {
        using var api = new RegistryClient(await app.CreateClientAsAsync(Roles.SectionChief, cancellationToken: TestContext.Current.CancellationToken));
        var entities = await api.ListAllAsync();

        Assert.InRange(entities.Count, 400, 600);
        Assert.Equal((await api.ListAsync("pageSize=1")).Total, entities.Count);
        Assert.Equal(entities.Count, entities.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            SnakeCaseNames<EntityKind>.All.Order(StringComparer.Ordinal),
            entities.Select(e => e.Kind).Distinct().Order(StringComparer.Ordinal));

        var demoUnits = DemoJurisdiction.Units().Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(entities, e => Assert.Contains(e.Unit, demoUnits));
        var stations = DemoJurisdiction.Townships.Select(t => t.StationCode).Distinct(StringComparer.Ordinal);
        string[] responsible = [DemoJurisdiction.DrugOffice, DemoJurisdiction.DrugSquad, .. stations];
        Assert.All(responsible, unit => Assert.Contains(entities, e => e.Unit == unit));
        Assert.All(entities.Where(e => e.Uscc is not null), e => Assert.True(Uscc.IsValid(e.Uscc), $"{e.Code}: {e.Uscc}"));
    }

    [Fact]
    public async Task Seed_DemoOn_GivesEntitiesTheirDetails()
    {
        // A leader reads the registry without the personal-data right: ID numbers come masked.
        using var api = new RegistryClient(await app.CreateClientAsAsync(Roles.Leader, cancellationToken: TestContext.Current.CancellationToken));
        var pharmacy = (await api.ListAsync("kind=retail_pharmacy&pageSize=1")).Items.Single();
        var detail = await api.GetAsync(pharmacy.Id);

        Assert.NotEmpty(detail.Licences);
        Assert.NotEmpty(detail.GradeHistory);
        Assert.NotEmpty(detail.Pharmacists);
        Assert.All(detail.Pharmacists, p => Assert.Matches(@"^\d{6}\*{8}[\dX]{4}$", p.IdNumber));
        Assert.Equal(app.Clock.GetUtcNow(), detail.CreatedAt);
    }

    [Fact]
    public async Task Seed_DemoOn_NameSearchFindsExactlyTheSeededNamesContainingTheQuery()
    {
        using var api = new RegistryClient(await app.CreateClientAsAsync(Roles.SectionChief, cancellationToken: TestContext.Current.CancellationToken));
        var entities = await api.ListAllAsync();
        var queries = entities.Where((_, i) => i % 97 == 0)
            .SelectMany(e => new[] { e.Name.Substring(e.Name.Length / 2, 2), e.Name[^3..] }).Append("大药房").Append("诊所");

        foreach (var query in queries.Distinct(StringComparer.Ordinal))
        {
            var expected = entities.Where(e => e.Name.Contains(query, StringComparison.Ordinal)).Select(e => e.Code).Order(StringComparer.Ordinal);
            var found = await api.ListAllAsync($"q={Uri.EscapeDataString(query)}");
            Assert.Equal(expected, found.Select(e => e.Code).Order(StringComparer.Ordinal));
        }
    }

    public sealed class OnSqlite(SqliteDemoApp app) : DemoCountyTests(app), IClassFixture<SqliteDemoApp>;

    public sealed class OnPostgres(PostgresDemoApp app) : DemoCountyTests(app), IClassFixture<PostgresDemoApp>;
}
