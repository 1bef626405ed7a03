using System.Globalization;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Registry;

/// <summary><c>GET /api/entities</c>: each filter selects exactly what the imported data says it should.</summary>
public abstract class ListEntitiesTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private const int Count = 120;

    public static TheoryData<string> Filters => new("kind", "unit", "area", "grade", "status", "tag");

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task List_FilterOnEachValue_ReturnsExactlyTheMatchingItems(string parameter)
    {
        var rows = await ImportGeneratedAsync(Count, seed: 21);
        var checkedAny = false;
        foreach (var (value, matches) in Values(parameter))
        {
            var expected = rows.Where(matches).Select(r => r.Code).Order(StringComparer.Ordinal).ToList();
            var page = await Api.ListAsync($"{parameter}={Uri.EscapeDataString(value)}&pageSize=200");

            Assert.True(expected.SequenceEqual(page.Items.Select(i => i.Code)), $"{parameter}={value}: expected {expected.Count}, got {page.Items.Count}");
            Assert.Equal(expected.Count, page.Total);
            checkedAny |= expected.Count > 0;
        }

        Assert.True(checkedAny, $"the test data has no row for any value of {parameter}");
    }

    [Fact]
    public async Task List_SeveralFilters_ReturnsItemsMatchingAll()
    {
        var rows = await ImportGeneratedAsync(Count, seed: 22);
        var pick = rows.First(r => r.Unit == TestUnits.DachengziStation);
        var grade = pick.CreditGrade.Length == 0 ? "none" : pick.CreditGrade;
        var expected = rows
            .Where(r => r.Unit == pick.Unit && r.Area == pick.Area && r.CreditGrade == pick.CreditGrade && r.Status == pick.Status)
            .Select(r => r.Code)
            .Order(StringComparer.Ordinal);

        var page = await Api.ListAsync($"unit={pick.Unit}&area={pick.Area}&grade={grade}&status={pick.Status}&pageSize=200");

        Assert.Equal(expected, page.Items.Select(i => i.Code));
        Assert.Contains(pick.Code, page.Items.Select(i => i.Code));
    }

    [Fact]
    public async Task List_SearchByNamePart_ReturnsNamesContainingIt()
    {
        var rows = await ImportGeneratedAsync(Count, seed: 23);
        var part = rows[7].Name[..2];

        var items = await Api.ListAllAsync($"q={Uri.EscapeDataString(part)}");

        Assert.Equal(
            rows.Where(r => r.Name.Contains(part, StringComparison.Ordinal)).Select(r => r.Code).Order(StringComparer.Ordinal),
            items.Select(i => i.Code));
    }

    [Fact]
    public async Task List_SearchByCodeOrLowerCaseUscc_ReturnsThatEntity()
    {
        var rows = await ImportGeneratedAsync(Count, seed: 24);
        var withUscc = rows.First(r => r.Uscc.Length > 0 && r.Code != rows[0].Code);

        var byCode = await Api.ListAsync($"q={rows[0].Code}");
        var byUscc = await Api.ListAsync($"q={withUscc.Uscc.ToLowerInvariant()}");

        Assert.Equal(rows[0].Code, Assert.Single(byCode.Items).Code);
        Assert.Equal(withUscc.Code, Assert.Single(byUscc.Items).Code);
    }

    [Fact]
    public async Task List_Items_CarryTheImportedFields()
    {
        var rows = await ImportGeneratedAsync(Count, seed: 25);
        var items = (await Api.ListAllAsync()).ToDictionary(i => i.Code, StringComparer.Ordinal);

        Assert.Equal(Count, items.Count);
        Assert.All(rows, row =>
        {
            var item = items[row.Code];
            Assert.Equal(
                (row.Name, row.Uscc, row.Kind, row.Unit, row.Area, row.CreditGrade, row.DeviceTier, row.Status, row.Tags, row.Township, row.Address),
                (item.Name, item.Uscc ?? string.Empty, item.Kind, item.Unit, item.Area, item.CreditGrade ?? string.Empty,
                    item.DeviceTier?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, item.Status, string.Join(';', item.Tags), item.Township, item.Address));
            Assert.False(string.IsNullOrEmpty(item.KindName));
            Assert.NotEqual(item.Kind, item.KindName);
        });
    }

    [Fact]
    public async Task List_Paging_PagesAreDisjointOrderedAndCoverTheTotal()
    {
        var rows = await ImportGeneratedAsync(Count, seed: 26);
        const int size = 7;
        var seen = new List<string>();
        for (var number = 1; number <= (Count + size - 1) / size; number++)
        {
            var page = await Api.ListAsync(string.Create(CultureInfo.InvariantCulture, $"page={number}&pageSize={size}"));
            Assert.Equal((Count, number, size), (page.Total, page.Page, page.PageSize));
            Assert.Equal(Math.Min(size, Count - seen.Count), page.Items.Count);
            seen.AddRange(page.Items.Select(i => i.Code));
        }

        Assert.Equal(rows.Select(r => r.Code).Order(StringComparer.Ordinal), seen);
        var beyond = await Api.ListAsync(string.Create(CultureInfo.InvariantCulture, $"page={(Count / size) + 2}&pageSize={size}"));
        Assert.Empty(beyond.Items);
        Assert.Equal(Count, beyond.Total);
    }

    [Fact]
    public async Task List_PageSizeAtTheBounds_IsAccepted()
    {
        await ImportGeneratedAsync(3);
        Assert.Single((await Api.ListAsync("pageSize=1")).Items);
        Assert.Equal(3, (await Api.ListAsync($"pageSize={EntityFilter.MaxPageSize}")).Items.Count);
        Assert.Equal(20, (await Api.ListAsync()).PageSize);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("kind=drugstore", "kind")]
    [InlineData("area=suburb", "area")]
    [InlineData("grade=E", "grade")]
    [InlineData("grade=AB", "grade")]
    [InlineData("grade=1", "grade")]
    [InlineData("status=open", "status")]
    [InlineData("tag=hot_chain", "tag")]
    public async Task List_BadParameter_Answers400NamingIt(string query, string parameter)
    {
        using var response = await Api.Http.GetAsync(new Uri($"/api/entities?{query}", UriKind.Relative), Cancel);

        var problem = await RegistryClient.ProblemAsync(response);
        Assert.Equal([parameter], problem.Errors.Keys);
        Assert.All(problem.Errors[parameter], reason => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", reason));
    }

    /// <summary>Every value a filter parameter takes, with which rows it must select.</summary>
    private static IEnumerable<(string Value, Func<EntityFileRow, bool> Matches)> Values(string parameter) => parameter switch
    {
        "kind" => SnakeCaseNames<EntityKind>.All.Select(v => (v, (Func<EntityFileRow, bool>)(r => r.Kind == v))),
        "unit" => TestUnits.Codes.Select(v => (v, (Func<EntityFileRow, bool>)(r => r.Unit == v))),
        "area" => SnakeCaseNames<AreaClass>.All.Select(v => (v, (Func<EntityFileRow, bool>)(r => r.Area == v))),
        "status" => SnakeCaseNames<EntityStatus>.All.Select(v => (v, (Func<EntityFileRow, bool>)(r => r.Status == v))),
        "grade" => new[] { "A", "b", "C", "D", "none" }
            .Select(v => (v, (Func<EntityFileRow, bool>)(r => r.CreditGrade == (v == "none" ? string.Empty : v.ToUpperInvariant())))),
        "tag" => SupervisionTagNames.Each.Select(SnakeCaseNames<SupervisionTags>.Of)
            .Append("vaccines;cold_chain")
            .Select(v => (v, (Func<EntityFileRow, bool>)(r => v.Split(';').All(t => r.Tags.Split(';').Contains(t))))),
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, null),
    };

    public sealed class OnSqlite(SqliteApp app) : ListEntitiesTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ListEntitiesTests(app), IClassFixture<PostgresApp>;
}
