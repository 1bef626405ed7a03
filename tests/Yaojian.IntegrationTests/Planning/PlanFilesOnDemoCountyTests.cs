using System.Net;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Planning;

/// <summary>
/// The two real plan files (plans/kazuo-2025.yaml, plans/khorgos-2025.yaml) load, validate and draw a plan on the
/// demo county, and the drawn plan keeps their rules.
/// </summary>
public abstract class PlanFilesOnDemoCountyTests(YaojianAppFactory app)
{
    private const long Seed = 7;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KazuoPlan_OnTheDemoCounty_DrawsEveryRuleWithTwoInspectorsAndMeetsItsMilestones()
    {
        using var http = await app.CreateClientAsAsync(Roles.SectionChief, cancellationToken: Cancel);
        var plans = new PlanClient(http);
        await PlanClient.EnsureAsync(await http.PostAsync(new Uri("/api/plan-files/bundled/kazuo-2025.yaml", UriKind.Relative), null, Cancel), HttpStatusCode.OK);
        await PlanClient.EnsureAsync(await plans.DrawAsync(2025, Seed), HttpStatusCode.OK);

        var overview = await plans.OverviewAsync(2025);
        var visits = await plans.VisitsAsync(2025);
        Assert.Equal("kazuo-2025.yaml", overview.File!.FileName);
        Assert.All(visits, v => Assert.True(v.Inspectors.Count >= 2));
        Assert.All(overview.Draw!.Coverage.SelectMany(c => c.Quarters), q => Assert.True(q.Met, $"{q.By}: {q.Covered}/{q.Members} < {q.Target}"));

        await using var db = await app.CreateDbAsync(Cancel);
        var level2Hospitals = await db.Entities.Where(e => e.Kind == EntityKind.Hospital && e.Status == EntityStatus.Active && (e.Tags & SupervisionTags.Level2Plus) != 0)
            .Select(e => e.Code).ToListAsync(Cancel);
        Assert.All(level2Hospitals, code => Assert.Contains(visits, v => v.EntityCode == code && v.RuleIds.Contains("kz-m-2-4-device-use-level2") && v.UnitCode == "device-office"));
        var tier1 = await db.Entities.CountAsync(e => e.Kind == EntityKind.DeviceOperator && e.DeviceTier == DeviceTier.Level1 && e.Status == EntityStatus.Active, Cancel);
        var drawn = visits.Where(v => v.RuleIds.Contains("kz-m-2-1-device-tier-1")).Select(v => v.EntityCode).Distinct().Count();
        Assert.True(drawn >= Math.Ceiling(tier1 * 0.25m), $"{drawn} of {tier1} tier-1 operators drawn");
        var lost = await db.Entities.Where(e => e.Kind == EntityKind.DeviceOperator && (e.Status == EntityStatus.LostContact || e.Status == EntityStatus.Zombie))
            .Select(e => e.Code).ToListAsync(Cancel);
        Assert.All(lost, code => Assert.All(visits.Where(v => v.EntityCode == code), v => Assert.Equal(["kz-m-2-2-device-cleanup"], v.RuleIds)));
        var closed = await db.Entities.Where(e => e.Status == EntityStatus.Closed || e.Status == EntityStatus.Revoked).Select(e => e.Code).ToListAsync(Cancel);
        Assert.DoesNotContain(visits, v => closed.Contains(v.EntityCode));

        // The clean-up campaign takes device operators only: the other lost and zombie entities are named as left out.
        var leftOut = await db.Entities.Where(e => e.Kind != EntityKind.DeviceOperator && (e.Status == EntityStatus.LostContact || e.Status == EntityStatus.Zombie))
            .Select(e => e.Code).ToListAsync(Cancel);
        Assert.NotEmpty(leftOut);
        Assert.Equal(leftOut.Order(StringComparer.Ordinal), overview.File.DormantOutsidePlan);
        Assert.DoesNotContain(visits, v => leftOut.Contains(v.EntityCode));
    }

    [Fact]
    public async Task KhorgosPlan_OnTheDemoCounty_PlansGradeDPharmaciesMonthlyAndEveryDrugEnterpriseYearly()
    {
        using var http = await app.CreateClientAsAsync(Roles.SectionChief, cancellationToken: Cancel);
        var plans = new PlanClient(http);
        await PlanClient.EnsureAsync(await http.PostAsync(new Uri("/api/plan-files/bundled/khorgos-2025.yaml", UriKind.Relative), null, Cancel), HttpStatusCode.OK);

        // Khorgos's plan names its own two sections: without officers in them nothing can be drawn.
        var refused = await plans.DrawAsync(2025, Seed);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("drug-section", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using (var db = await app.CreateDbAsync(Cancel))
        {
            var section = await db.Units.SingleAsync(u => u.Code == "drug-section", Cancel);
            db.Inspectors.AddRange(Enumerable.Range(1, 8).Select(n => new Inspector { Code = $"hg-{n}", Name = $"霍检查员{n}", UnitId = section.Id }));
            await db.SaveChangesAsync(Cancel);
        }

        await PlanClient.EnsureAsync(await plans.DrawAsync(2025, Seed), HttpStatusCode.OK);
        var visits = await plans.VisitsAsync(2025);
        Assert.All(visits, v => Assert.Equal("drug-section", v.UnitCode));

        await using var check = await app.CreateDbAsync(Cancel);
        var retail = new[] { EntityKind.RetailPharmacy, EntityKind.ChainStore, EntityKind.FranchiseStore };
        var gradeD = await check.Entities.Where(e => retail.Contains(e.Kind) && e.CreditGrade == CreditGrade.D && e.Status == EntityStatus.Active).Select(e => e.Code).ToListAsync(Cancel);
        Assert.NotEmpty(gradeD);
        Assert.All(gradeD, code => Assert.Equal(Enumerable.Range(1, 12),
            visits.Where(v => v.EntityCode == code).Select(v => v.WindowStart.Month).Order()));
        var enterprises = await check.Entities.Where(e => (e.Kind == EntityKind.Wholesaler || e.Kind == EntityKind.Manufacturer || retail.Contains(e.Kind)) && e.Status == EntityStatus.Active)
            .Select(e => e.Code).ToListAsync(Cancel);
        Assert.All(enterprises, code => Assert.Contains(visits, v => v.EntityCode == code && v.RuleIds.Contains("hg-5-1-enterprises-yearly")));
    }

    public sealed class OnSqlite(SqliteDemoApp app) : PlanFilesOnDemoCountyTests(app), IClassFixture<SqliteDemoApp>;

    public sealed class OnPostgres(PostgresDemoApp app) : PlanFilesOnDemoCountyTests(app), IClassFixture<PostgresDemoApp>;
}
