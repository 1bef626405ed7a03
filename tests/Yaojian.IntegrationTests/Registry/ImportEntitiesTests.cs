using System.Net;
using Yaojian.Core.Registry.Interchange;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Registry;

/// <summary><c>POST /api/entities/import</c>: all or nothing, upsert by code, every error located.</summary>
public abstract class ImportEntitiesTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Import_GoodFile_CreatesExactlyTheRows(string format)
    {
        var rows = TestEntities.Generate(45, seed: 3);
        var summary = await Api.ImportGoodAsync(Write(rows, format), $"监管对象.{format}");

        Assert.Equal((true, 45, 0, 0), (summary.Succeeded, summary.Created, summary.Updated, summary.Unchanged));
        Assert.Empty(summary.Errors);
        Assert.Equal(rows.OrderBy(r => r.Code, StringComparer.Ordinal), EntityFile.Read(await Api.ExportAsync("csv"), SheetFormat.Csv));
        Assert.Equal(45, (await Api.ListAsync()).Total);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Import_SameFileAgain_ReportsAllUnchangedAndChangesNothing(string format)
    {
        var file = Write(TestEntities.Generate(30, seed: 4), format);
        await Api.ImportGoodAsync(file, $"first.{format}");
        var importedAt = App.Clock.GetUtcNow();
        var before = await RegistryFingerprint.TakeAsync(Api);
        App.Clock.Advance(TimeSpan.FromMinutes(30));

        var summary = await Api.ImportGoodAsync(file, $"again.{format}");

        Assert.Equal((0, 0, 30), (summary.Created, summary.Updated, summary.Unchanged));
        Assert.Equal(before, await RegistryFingerprint.TakeAsync(Api));
        foreach (var entity in await Api.ListAllAsync())
        {
            var detail = await Api.GetAsync(entity.Id);
            Assert.Equal(importedAt, detail.UpdatedAt);
            Assert.True(detail.GradeHistory.Count <= 1, $"{entity.Code} gained a grade change from an unchanged row");
        }
    }

    [Fact]
    public async Task Import_ChangedRows_UpdatesOnlyThoseAndRecordsTheGradeChange()
    {
        var rows = (await ImportGeneratedAsync(20)).ToList();
        var graded = rows.FindIndex(r => r.CreditGrade == "B");
        rows[graded] = rows[graded] with { CreditGrade = "D" };
        rows[0] = rows[0] with { Name = rows[0].Name + "（新址）" };
        rows[1] = rows[1] with { Status = rows[1].Status == "closed" ? "active" : "closed" };
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        var summary = await Api.ImportGoodAsync(EntityFile.Csv(rows), "changes.csv");

        Assert.Equal((0, 3, 17), (summary.Created, summary.Updated, summary.Unchanged));
        Assert.Equal(rows.OrderBy(r => r.Code, StringComparer.Ordinal), EntityFile.Read(await Api.ExportAsync("csv"), SheetFormat.Csv));
        var changed = (await Api.ListAsync($"q={rows[graded].Code}")).Items.Single();
        var detail = await Api.GetAsync(changed.Id);
        var latest = detail.GradeHistory[0];
        Assert.Equal(("B", "D", TestClock.Today), (latest.FromGrade, latest.ToGrade, latest.EffectiveOn));
        Assert.Contains("changes.csv", latest.Reason, StringComparison.Ordinal);
        Assert.Equal(App.Clock.GetUtcNow(), detail.UpdatedAt);
    }

    [Fact]
    public async Task Import_BadFile_Answers422WithEveryErrorAndChangesNothing()
    {
        var existing = await ImportGeneratedAsync(20);
        var before = await RegistryFingerprint.TakeAsync(Api);
        var rows = TestEntities.Generate(8, seed: 9, codePrefix: "N").ToList();
        rows[0] = existing[0] with { Name = "改名的药店" };
        rows[1] = rows[1] with { Kind = "drugstore" };
        rows[2] = rows[2] with { Uscc = TestUscc.WithWrongCheckCharacter(TestUscc.Real[1]) };
        rows[3] = rows[3] with { Unit = "nowhere-station" };
        rows[4] = rows[4] with { Code = rows[0].Code };
        rows[5] = rows[5] with { CreditGrade = "E" };

        var (status, summary) = await Api.ImportAsync(EntityFile.Csv(rows), "bad.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.False(summary!.Succeeded);
        Assert.Equal((0, 0, 0), (summary.Created, summary.Updated, summary.Unchanged));
        Assert.Equal(
            [(3, EntityColumns.Kind), (4, EntityColumns.Uscc), (5, EntityColumns.Unit), (6, EntityColumns.Code), (7, EntityColumns.CreditGrade)],
            summary.Errors.Select(e => (e.Row, e.Column)));
        Assert.All(summary.Errors, e => Assert.Equal("bad.csv", e.File));
        Assert.All(summary.Errors, e => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Reason));
        Assert.Contains("第2行", summary.Errors.Single(e => e.Column == EntityColumns.Code).Reason, StringComparison.Ordinal);
        Assert.Equal(before, await RegistryFingerprint.TakeAsync(Api));
    }

    [Fact]
    public async Task Import_GoodRowsWithOneBadRow_WritesNothing()
    {
        var existing = await ImportGeneratedAsync(10);
        var before = await RegistryFingerprint.TakeAsync(Api);
        var fresh = TestEntities.Generate(15, seed: 5, codePrefix: "M");
        List<EntityFileRow> rows = [existing[2] with { Name = "更名后的名称" }, .. fresh, existing[3] with { Unit = "nowhere" }];

        var (status, summary) = await Api.ImportAsync(EntityFile.Xlsx(rows), "mixed.xlsx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var error = Assert.Single(summary!.Errors);
        Assert.Equal(("mixed.xlsx", 18, EntityColumns.Unit), (error.File, error.Row, error.Column));
        Assert.Equal(before, await RegistryFingerprint.TakeAsync(Api));
        Assert.Equal(0, (await Api.ListAsync($"q={fresh[0].Code}")).Total);
    }

    [Fact]
    public async Task Import_MissingColumn_Answers422OnTheHeader()
    {
        var columns = EntityColumns.Required.Where(c => c != EntityColumns.Kind).ToList();
        var (status, summary) = await Api.ImportAsync(EntityFile.Csv(TestEntities.Generate(3), columns), "no-kind.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var error = Assert.Single(summary!.Errors);
        Assert.Equal((1, EntityColumns.Kind), (error.Row, error.Column));
        Assert.Equal(0, (await Api.ListAsync()).Total);
    }

    [Theory]
    [InlineData("entities.txt")]
    [InlineData("entities.xls")]
    public async Task Import_UnsupportedFileType_Answers400OnFile(string fileName)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent("code,name\n"u8.ToArray()), "file", fileName } };
        using var response = await Api.Http.PostAsync(new Uri("/api/entities/import", UriKind.Relative), form, Cancel);

        var problem = await RegistryClient.ProblemAsync(response);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", Assert.Single(problem.Errors["file"]));
    }

    [Fact]
    public async Task Import_NoFile_Answers400OnFile()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        using var response = await Api.Http.PostAsync(new Uri("/api/entities/import", UriKind.Relative), form, Cancel);

        var problem = await RegistryClient.ProblemAsync(response);
        Assert.True(problem.Errors.ContainsKey("file"));
    }

    private static byte[] Write(IReadOnlyList<EntityFileRow> rows, string format) =>
        format == "csv" ? EntityFile.Csv(rows) : EntityFile.Xlsx(rows);

    public sealed class OnSqlite(SqliteApp app) : ImportEntitiesTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ImportEntitiesTests(app), IClassFixture<PostgresApp>;
}
