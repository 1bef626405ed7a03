using System.Globalization;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;

namespace Yaojian.Core.Demo;

/// <summary>
/// Gives the demo county what a plan is drawn from: inspectors in every unit that leads visits (the demo accounts
/// among them), a few declared conflicts, three years of past inspections, and the Kazuo plan file loaded.
/// </summary>
public sealed class SeedDemoPlanning(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, LoadPlanFile loadPlan)
{
    public const string DemoPlanFile = "kazuo-2025.yaml";

    private static readonly Caller Seeder = Caller.System("system:demo");

    /// <summary>Seeds when no inspector exists yet; returns the inspectors added.</summary>
    public async Task<int> SeedIfEmptyAsync(int seed, CancellationToken cancellationToken = default)
    {
        await using (var check = await dbFactory.CreateForAsync(Seeder, cancellationToken))
        {
            if (await check.Inspectors.AnyAsync(cancellationToken) || !await check.Entities.AnyAsync(cancellationToken))
            {
                return 0;
            }
        }

        int planYear;
        await using (var plan = BundledPlans.Open(DemoPlanFile)!)
        {
            planYear = (await loadPlan.RunAsync(Seeder, DemoPlanFile, plan, cancellationToken)).Plan?.Year ?? clock.GetLocalNow().Year;
        }

        await using var db = await dbFactory.CreateForAsync(Seeder, cancellationToken);
        var faker = new Faker("zh_CN") { Random = new Randomizer(seed) };
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var entities = await db.Entities.AsNoTracking()
            .Select(e => new { e.Id, e.UnitId, e.Kind, e.DeviceTier, e.Status }).ToListAsync(cancellationToken);
        var inspectors = new List<Inspector>();
        foreach (var unit in units.Where(u => u.Kind is OrgUnitKind.Station || DemoJurisdiction.InspectingOffices.Contains(u.Code)))
        {
            var count = unit.Kind == OrgUnitKind.Station ? 4 : 5;
            for (var n = 1; n <= count; n++)
            {
                var inspector = new Inspector
                {
                    Code = $"{unit.Code}-{n:D2}",
                    Name = DemoNames.Person(faker),
                    UnitId = unit.Id,
                    // 执法证号: the province's code, the county's, then the officer's number (made up for the demo).
                    CertificateNumber = string.Create(CultureInfo.InvariantCulture, $"21{DemoJurisdiction.DivisionCode[2..]}{inspectors.Count + 1:D5}"),
                };
                var own = entities.Where(e => e.UnitId == unit.Id).ToList();
                if (own.Count > 0 && faker.Random.Bool(0.3f))
                {
                    inspector.Conflicts.Add(new InspectorConflict { EntityId = faker.PickRandom(own).Id, Reason = "近亲属在该单位任职" });
                }

                inspectors.Add(inspector);
            }
        }

        LinkAccounts(inspectors, units);
        db.Inspectors.AddRange(inspectors);

        // The years before the demo plan's year, so that the plan is drawn from a history that has just ended.
        var year = planYear;
        db.InspectionHistory.AddRange(entities.Where(e => e.Status != EntityStatus.Closed)
            .SelectMany(e => DemoHistory.For(faker, e.DeviceTier, year)
                .Select(day => new InspectionHistoryEntry { EntityId = e.Id, InspectedOn = day, Source = "demo" })));
        await db.SaveChangesAsync(cancellationToken);
        return inspectors.Count;
    }

    private static void LinkAccounts(List<Inspector> inspectors, List<OrgUnit> units)
    {
        foreach (var (userName, displayName, _, unitCode) in SeedDemoAccounts.Accounts)
        {
            var unit = units.FirstOrDefault(u => u.Code == unitCode);
            var first = unit is null ? null : inspectors.FirstOrDefault(i => i.UnitId == unit.Id && i.UserName is null);
            if (first is not null && unit!.Kind == OrgUnitKind.Station)
            {
                first.UserName = userName;
                first.Name = displayName;
            }
        }
    }
}
