using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Registry;

/// <summary>A new installation's first step: its units, imported all or nothing (the handler behind <c>yaojian import units</c>).</summary>
public abstract class ImportUnitsTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    private const string Good = "code,name,kind,territory\nzx-station,中心市场监督管理所,station,城关镇\nkundu-station,坤都营子所（更名）,station,坤都营子乡\n";

    [Fact]
    public async Task Import_NewAndChangedUnits_UpsertsByCode_AndAgainChangesNothing()
    {
        var first = await ImportAsync(Caller.System("system:test"), Good);
        var again = await ImportAsync(Caller.System("system:test"), Good);

        Assert.Equal((1, 1, 0), (first.Created, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal("坤都营子所（更名）", (await db.Units.SingleAsync(u => u.Code == TestUnits.KunduStation, Cancel)).Name);
        Assert.Equal(TestUnits.Codes.Count + 1, await db.Units.CountAsync(Cancel));
    }

    [Fact]
    public async Task Import_FileWithABadRow_WritesNothing()
    {
        var result = await ImportAsync(Caller.System("system:test"), Good + "bad,坏单位,bureau,\n");

        Assert.False(result.Succeeded);
        Assert.Equal((4, "kind"), (Assert.Single(result.Errors).Row, result.Errors[0].Column));
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.Equal(TestUnits.Codes.Order(StringComparer.Ordinal), (await db.Units.Select(u => u.Code).ToListAsync(Cancel)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Import_ByAnInspector_IsRefused()
    {
        var result = await ImportAsync(new Caller("u", "u", [Roles.Inspector], 1), Good);

        Assert.False(result.Succeeded);
        await using var db = await App.CreateDbAsync(Cancel);
        Assert.False(await db.Units.AnyAsync(u => u.Code == "zx-station", Cancel));
    }

    private async Task<Yaojian.Core.Registry.Interchange.ImportResult> ImportAsync(Caller caller, string csv)
    {
        await using var scope = App.Services.CreateAsyncScope();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await scope.ServiceProvider.GetRequiredService<ImportUnits>().ImportAsync(caller, stream, "units.csv", Cancel);
    }

    public sealed class OnSqlite(SqliteApp app) : ImportUnitsTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ImportUnitsTests(app), IClassFixture<PostgresApp>;
}
