using System.Net;
using Yaojian.Core.Registry.Interchange;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Registry;

/// <summary><c>GET /api/entities/export</c>: the interchange format, which imports back as unchanged.</summary>
public abstract class ExportEntitiesTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Theory]
    [InlineData("csv", SheetFormat.Csv)]
    [InlineData("xlsx", SheetFormat.Xlsx)]
    public async Task Export_AnyFormat_RoundTripsThroughImportAsUnchanged(string format, SheetFormat sheetFormat)
    {
        var rows = await ImportGeneratedAsync(40, seed: 6);
        var before = await RegistryFingerprint.TakeAsync(Api);
        var exported = await Api.ExportAsync(format);

        Assert.Equal(rows.OrderBy(r => r.Code, StringComparer.Ordinal), EntityFile.Read(exported, sheetFormat));
        var summary = await Api.ImportGoodAsync(exported, $"entities.{format}");
        Assert.Equal((0, 0, 40), (summary.Created, summary.Updated, summary.Unchanged));
        Assert.Equal(before, await RegistryFingerprint.TakeAsync(Api));
    }

    [Fact]
    public async Task Export_Csv_HasTheFormatsHeaderAndContentType()
    {
        await ImportGeneratedAsync(2);
        using var response = await Api.Http.GetAsync(new Uri("/api/entities/export?format=csv", UriKind.Relative), Cancel);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.StartsWith(string.Join(',', EntityColumns.All), text.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithFilter_HoldsOnlyTheMatchingRows()
    {
        var rows = await ImportGeneratedAsync(60, seed: 8);

        var exported = EntityFile.Read(await Api.ExportAsync("csv", $"unit={TestUnits.KunduStation}&grade=none"), SheetFormat.Csv);

        var expected = rows.Where(r => r.Unit == TestUnits.KunduStation && r.CreditGrade.Length == 0).OrderBy(r => r.Code, StringComparer.Ordinal);
        Assert.NotEmpty(exported);
        Assert.Equal(expected, exported);
    }

    [Theory]
    [InlineData("format=pdf")]
    [InlineData("format=csv&kind=drugstore")]
    public async Task Export_BadParameter_Answers400(string query)
    {
        using var response = await Api.Http.GetAsync(new Uri($"/api/entities/export?{query}", UriKind.Relative), Cancel);

        var problem = await RegistryClient.ProblemAsync(response);
        Assert.Single(problem.Errors);
        Assert.All(problem.Errors.Values.SelectMany(v => v), reason => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", reason));
    }

    public sealed class OnSqlite(SqliteApp app) : ExportEntitiesTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ExportEntitiesTests(app), IClassFixture<PostgresApp>;
}
