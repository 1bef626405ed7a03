using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Registry.Grading;

/// <summary>
/// The year-end review (clean_year): only an entity inspected in the year with nothing found and nothing issued is
/// raised, effective 1 January; next year's visits follow; a second run raises nobody twice. The clock moves to 2026
/// (and cannot move back), so the class has an app of its own and a single test.
/// </summary>
public abstract class GradeCleanYearTests(YaojianAppFactory app) : RegistryTestBase(app)
{
    [Fact]
    public async Task CleanYear_RaisesOnlyTheCleanEntity_OnceAndFromTheFirstOfJanuary()
    {
        var (clean, found, disposed, unvisited) = await ArrangeYearAsync();
        Assert.Contains(await RuleIdsIn2026Async(clean.Id), ids => ids.Contains("retail-c-quarterly", StringComparison.Ordinal));
        Assert.Equal("2025 年尚未结束：年度评级须在次年 1 月 1 日或以后进行", (await ReviewAsync()).Refusal);

        App.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 2, 1, 0, 0, TimeSpan.Zero));
        var first = await ReviewAsync();
        var second = await ReviewAsync();

        Assert.Equal((1, 1, 0), (first.Clean, first.Raised, first.AlreadyRaised));
        Assert.Equal((1, 0, 1), (second.Clean, second.Raised, second.AlreadyRaised));
        await using var db = await App.CreateDbAsync(Cancel);
        var grades = await db.Entities.Where(e => new[] { clean.Id, found.Id, disposed.Id, unvisited.Id }.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.CreditGrade, Cancel);
        Assert.Equal([CreditGrade.B, CreditGrade.C, CreditGrade.C, CreditGrade.C], new[] { clean, found, disposed, unvisited }.Select(e => grades[e.Id]));
        var change = await db.CreditGradeChanges.SingleAsync(g => g.EntityId == clean.Id, Cancel);
        Assert.Equal((new DateOnly(2026, 1, 1), "全年检查无问题（2025年度）：按评级规则“全年检查无问题的，升一级”由C级升为B级"), (change.EffectiveOn, change.Reason));
        Assert.Equal(1, await db.CreditGradeChanges.CountAsync(g => g.EffectiveOn == new DateOnly(2026, 1, 1), Cancel));
        Assert.DoesNotContain(await RuleIdsIn2026Async(clean.Id), ids => ids.Contains("retail-c-quarterly", StringComparison.Ordinal));
        Assert.Equal(GradeCleanYear.Actor, (await db.AuditRecords.SingleAsync(a => a.Subject == "credit_grade_changes" && a.After!.Contains(change.Reason), Cancel)).Actor);
    }

    /// <summary>
    /// Four C-grade pharmacies in 2025: one inspected with nothing found, one with a finding, one inspected and warned,
    /// one never inspected; the 2025 plan file (with the grading rules) and a 2026 plan drawn.
    /// </summary>
    private async Task<(RegulatedEntity Clean, RegulatedEntity Found, RegulatedEntity Disposed, RegulatedEntity Unvisited)> ArrangeYearAsync()
    {
        await ImportGeneratedAsync(120);
        await PlanTestSetup.SeedInspectorsAsync(App, cancellationToken: Cancel);
        var p = await GradingTestSetup.GradePharmaciesAsync(App, Cancel, CreditGrade.C, CreditGrade.C, CreditGrade.C, CreditGrade.C);
        var plans = new PlanClient(Api.Http);
        await PlanClient.EnsureAsync(await plans.UploadAsync(GradingTestSetup.PlanYaml), HttpStatusCode.OK);
        var next = GradingTestSetup.PlanYaml.Replace("2025", "2026", StringComparison.Ordinal);
        await PlanClient.EnsureAsync(await plans.UploadAsync(next, "test-2026.yaml"), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await plans.DrawAsync(2026, 1), HttpStatusCode.OK);

        await using (var db = await App.CreateDbAsync(Cancel))
        {
            db.InspectionHistory.AddRange(
                new InspectionHistoryEntry { EntityId = p[0].Id, InspectedOn = new DateOnly(2025, 2, 10), Source = "import" },
                new InspectionHistoryEntry { EntityId = p[2].Id, InspectedOn = new DateOnly(2025, 2, 11), Source = "import" },
                new InspectionHistoryEntry { EntityId = p[3].Id, InspectedOn = new DateOnly(2024, 11, 20), Source = "import" });
            await db.SaveChangesAsync(Cancel);
        }

        var records = new InspectionClient(Api.Http);
        var start = new { entityId = p[1].Id, inspectorIds = await GradingTestSetup.InspectorsForAsync(App, p[1], Cancel), items = GradingTestSetup.Items };
        await records.FinishWithFindingAsync(await records.StartAsync(start), FindingSeverity.General, "温湿度记录不全");
        var warning = new IssueDispositionInput(DispositionKind.Warning, null, null, p[2].Id, null, null, "未按规定公示执业药师信息");
        await PlanClient.EnsureAsync(await Api.Http.PostAsJsonAsync(new Uri("/api/dispositions", UriKind.Relative), warning, Cancel), HttpStatusCode.Created);
        return (p[0], p[1], p[2], p[3]);
    }

    private async Task<CleanYearResult> ReviewAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GradeCleanYear>().RunAsync(Caller.System(GradeCleanYear.Actor), 2025, cancellationToken: Cancel);
    }

    private async Task<List<string>> RuleIdsIn2026Async(int entityId)
    {
        await using var db = await App.CreateDbAsync(Cancel);
        var plan = await db.Plans.SingleAsync(p => p.Year == 2026, Cancel);
        return await db.PlanVisits.IgnoreQueryFilters().Where(v => v.PlanId == plan.Id && v.EntityId == entityId).Select(v => v.RuleIds).ToListAsync(Cancel);
    }

    public sealed class OnSqlite(SqliteApp app) : GradeCleanYearTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : GradeCleanYearTests(app), IClassFixture<PostgresApp>;
}
