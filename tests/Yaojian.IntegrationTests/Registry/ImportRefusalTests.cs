using System.Net;
using System.Text;
using Yaojian.Core.Registry.Interchange;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;
using Yaojian.Web.Api;

namespace Yaojian.IntegrationTests.Registry;

/// <summary>
/// <c>POST /api/entities/import</c> of the files the probe found accepted and corrupting: each is refused whole, with
/// the file, row and column named in Chinese, and nothing written.
/// </summary>
public abstract class ImportRefusalTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Fact]
    public async Task Import_CsvCutInTheMiddleOfItsLastRow_IsRefusedOnThatRow()
    {
        var rows = await ImportGeneratedAsync(3);
        var before = await RegistryFingerprint.TakeAsync(Api);
        var text = Encoding.UTF8.GetString(EntityFile.Csv(rows.Select(r => r with { Name = r.Name + "（更新）" })));
        var cut = text[..text.LastIndexOf(rows[2].Address[..4], StringComparison.Ordinal)];

        var error = await RefusedAsync(Encoding.UTF8.GetBytes(cut), "cut.csv");

        Assert.Equal(("cut.csv", 4, EntityColumns.LegalRepresentative), (error.File, error.Row, error.Column));
        Assert.Contains("截断", error.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await RegistryFingerprint.TakeAsync(Api));
    }

    [Fact]
    public async Task Import_DoubleEncodedUtf8_IsRefusedNamingTheOriginal()
    {
        var rows = TestEntities.Generate(3).ToList();
        rows[1] = rows[1] with { Name = "å–€å·¦åŽ¿" + rows[1].Name.Length };

        var error = await RefusedAsync(EntityFile.Csv(rows), "mojibake.csv");

        Assert.Equal((3, EntityColumns.Name), (error.Row, error.Column));
        Assert.Contains("乱码", error.Reason, StringComparison.Ordinal);
        Assert.Contains("喀左县", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TwoColumnsWithTheSameHeader_IsRefusedOnTheHeader()
    {
        var rows = TestEntities.Generate(2);
        var text = Encoding.UTF8.GetString(EntityFile.Csv(rows)).Replace(",legal_representative\n", ", Name \n", StringComparison.Ordinal);

        var error = await RefusedAsync(Encoding.UTF8.GetBytes(text), "twice.csv");

        Assert.Equal((1, EntityColumns.Name), (error.Row, error.Column));
        Assert.Equal(0, (await Api.ListAsync()).Total);
    }

    [Fact]
    public async Task Import_CodesLikeAStoredOne_AreRefused()
    {
        var stored = await ImportGeneratedAsync(2);
        var fresh = TestEntities.Generate(3, seed: 7, codePrefix: "N").ToList();
        fresh[0] = fresh[0] with { Code = stored[0].Code.ToLowerInvariant() };
        fresh[1] = fresh[1] with { Code = string.Concat(stored[1].Code.Select(c => (char)(c + 0xFEE0))) };
        fresh[2] = fresh[2] with { Code = stored[1].Code + "\u200B" };

        var (status, summary) = await Api.ImportAsync(EntityFile.Csv(fresh), "lookalike.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([2, 3, 4, 4], summary!.Errors.Select(e => e.Row));
        Assert.All(summary.Errors, e => Assert.Equal(EntityColumns.Code, e.Column));
        Assert.Contains(stored[0].Code, summary.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Equal(2, (await Api.ListAsync()).Total);
    }

    [Fact]
    public async Task Import_CreditCodeOfAnotherEntityOrRepeated_IsRefused()
    {
        var stored = (await ImportGeneratedAsync(5)).First(r => r.Uscc.Length > 0);
        var fresh = TestEntities.Generate(3, seed: 8, codePrefix: "N").ToList();
        fresh[0] = fresh[0] with { Uscc = stored.Uscc };
        fresh[2] = fresh[2] with { Uscc = TestUscc.Real[3] };
        fresh[1] = fresh[1] with { Uscc = TestUscc.Real[3] };

        var (status, summary) = await Api.ImportAsync(EntityFile.Csv(fresh), "uscc.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, EntityColumns.Uscc), (4, EntityColumns.Uscc)], summary!.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("第3行", summary.Errors[1].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EntityColumns.Name, "仁和\0药房")]
    [InlineData(EntityColumns.Name, "仁和\u0007药房")]
    [InlineData(EntityColumns.Name, "仁和\u202E房药")]
    [InlineData(EntityColumns.Address, "利州路\u20661号")]
    [InlineData(EntityColumns.Name, "\u200B\u200B")]
    [InlineData(EntityColumns.Name, "=HYPERLINK(\"http://x\")")]
    [InlineData(EntityColumns.Code, "@SUM(A1)")]
    [InlineData(EntityColumns.Uscc, "000000000000000000")]
    public async Task Import_ControlInvisibleFormulaOrZeroValue_IsRefusedOnItsCell(string column, string value)
    {
        var rows = TestEntities.Generate(2).ToList();
        rows[1] = column switch
        {
            EntityColumns.Name => rows[1] with { Name = value },
            EntityColumns.Address => rows[1] with { Address = value },
            EntityColumns.Code => rows[1] with { Code = value },
            _ => rows[1] with { Uscc = value },
        };

        var error = await RefusedAsync(EntityFile.Csv(rows), "bad.csv");

        Assert.Equal((3, column), (error.Row, error.Column));
    }

    [Fact]
    public async Task Import_WorkbookWithAHiddenFirstSheet_ReadsTheVisibleSheet()
    {
        var visible = TestEntities.Generate(3, seed: 2, codePrefix: "V");
        var hidden = TestEntities.Generate(4, seed: 3, codePrefix: "H");

        var summary = await Api.ImportGoodAsync(EntityFile.XlsxWithHiddenFirstSheet(hidden, visible), "two-sheets.xlsx");

        Assert.Equal(3, summary.Created);
        Assert.Equal(visible.Select(r => r.Code), (await Api.ListAllAsync()).Select(e => e.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Create_NamedAsAFormula_Answers400NamingTheField()
    {
        var input = Input(TestEntities.Generate(1)[0] with { Name = "=HYPERLINK(\"http://x\")" });

        using var response = await Api.SendAsync(HttpMethod.Post, RegistryClient.Path, input);

        var problem = await RegistryClient.ProblemAsync(response);
        var reason = Assert.Single(Assert.Single(problem.Errors, e => e.Key == EntityColumns.Name).Value);
        Assert.Contains("名称", reason, StringComparison.Ordinal);
        Assert.Contains("公式", reason, StringComparison.Ordinal);
        Assert.Equal(0, (await Api.ListAsync()).Total);
    }

    [Fact]
    public async Task Create_WithACodeLikeAStoredOneOrAnotherEntitysCreditCode_Answers400OnEachField()
    {
        var stored = (await ImportGeneratedAsync(5)).First(r => r.Uscc.Length > 0);
        var input = Input(TestEntities.Generate(1, seed: 4, codePrefix: "N")[0] with { Code = stored.Code.ToLowerInvariant(), Uscc = stored.Uscc });

        using var response = await Api.SendAsync(HttpMethod.Post, RegistryClient.Path, input);

        var problem = await RegistryClient.ProblemAsync(response);
        Assert.Equal([EntityColumns.Code, EntityColumns.Uscc], problem.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(stored.Code, Assert.Single(problem.Errors[EntityColumns.Code]), StringComparison.Ordinal);
        Assert.Equal(5, (await Api.ListAsync()).Total);
    }

    /// <summary>What the form or an API client sends for the row (no grade, no tags).</summary>
    private static Dictionary<string, object?> Input(EntityFileRow row) => new()
    {
        ["code"] = row.Code,
        ["name"] = row.Name,
        ["uscc"] = row.Uscc,
        ["kind"] = row.Kind,
        ["unit"] = row.Unit,
        ["area"] = row.Area,
        ["status"] = "active",
        ["tags"] = Array.Empty<string>(),
    };

    private async Task<ImportErrorDto> RefusedAsync(byte[] content, string fileName)
    {
        var (status, summary) = await Api.ImportAsync(content, fileName);
        Assert.True(status == HttpStatusCode.UnprocessableEntity, $"{fileName} answered {status}");
        Assert.All(summary!.Errors, e => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Reason));
        return Assert.Single(summary.Errors);
    }

    public sealed class OnSqlite(SqliteApp app) : ImportRefusalTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ImportRefusalTests(app), IClassFixture<PostgresApp>;
}
