using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Cases;

/// <summary>
/// A year with a case registered against the entity is no clean year, even when its inspection found nothing. The clock
/// moves to 2026 (and cannot move back), so the class has an app of its own and a single test.
/// </summary>
public abstract class CaseCleanYearTests(YaojianAppFactory app) : CasesTestBase(app)
{
    [Fact]
    public async Task CleanYear_DoesNotRaiseAnEntityWithACaseRegisteredThatYear()
    {
        var (cased, clean) = await ArrangeAsync();
        await using (var db = await App.CreateDbAsync(Cancel))
        {
            db.InspectionHistory.AddRange(
                new InspectionHistoryEntry { EntityId = cased.Id, InspectedOn = new DateOnly(2025, 3, 1), Source = "import" },
                new InspectionHistoryEntry { EntityId = clean.Id, InspectedOn = new DateOnly(2025, 3, 1), Source = "import" });
            await db.SaveChangesAsync(Cancel);
        }

        await InvestigatingAsync(cased);
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 2, 1, 0, 0, TimeSpan.Zero));
        var rules = new[] { new GradingRule("clean", "全年无问题的，升一级", ["HG-6(3)"], null, new HashSet<GradingEvent> { GradingEvent.CleanYear }, GradeMove.Raise(1)) };
        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<GradeCleanYear>().RunAsync(Caller.System("system:test"), 2025, rules, Cancel);

        Assert.Equal((1, 1), (result.Clean, result.Raised));
        await using var check = await App.CreateDbAsync(Cancel);
        var grades = await check.Entities.Where(e => e.Id == cased.Id || e.Id == clean.Id).ToDictionaryAsync(e => e.Id, e => e.CreditGrade, Cancel);
        Assert.Equal((CreditGrade.C, CreditGrade.A), (grades[cased.Id], grades[clean.Id]));
    }

    public sealed class OnSqlite(SqliteApp app) : CaseCleanYearTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CaseCleanYearTests(app), IClassFixture<PostgresApp>;
}
