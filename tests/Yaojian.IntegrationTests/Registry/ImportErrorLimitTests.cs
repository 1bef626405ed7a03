using System.Net;
using Yaojian.Core.Registry.Interchange;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Registry;

/// <summary>
/// A file of many bad rows is refused with the first <see cref="ImportErrors.MaxListed"/> errors and the count of the
/// rest (<c>omittedErrors</c>), not with every error: the probe's million bad rows made 707 MB of JSON.
/// </summary>
public abstract class ImportErrorLimitTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Import_FiftyThousandBadRows_ListsTheFirstThousandErrorsAndCountsTheRest(string format)
    {
        var rows = TestEntities.Generate(50_000).Select(r => r with { Kind = "drugstore" }).ToList();
        var file = format == "csv" ? EntityFile.Csv(rows) : EntityFile.Xlsx(rows);

        var (status, summary) = await Api.ImportAsync(file, $"bad.{format}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(ImportErrors.MaxListed, summary!.Errors.Count);
        Assert.Equal(50_000 - ImportErrors.MaxListed, summary.OmittedErrors);
        Assert.Equal(Enumerable.Range(2, ImportErrors.MaxListed), summary.Errors.Select(e => e.Row));
        Assert.All(summary.Errors, e => Assert.Equal(EntityColumns.Kind, e.Column));
        Assert.Equal(0, (await Api.ListAsync()).Total);
    }

    public sealed class OnSqlite(SqliteApp app) : ImportErrorLimitTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ImportErrorLimitTests(app), IClassFixture<PostgresApp>;
}
