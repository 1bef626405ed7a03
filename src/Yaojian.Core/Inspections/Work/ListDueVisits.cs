using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Work;

/// <summary>The visits the caller's units have to make now (the workbench's part of <see cref="ListInspectionWork"/>).</summary>
public sealed class ListDueVisits(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public const int MaxDue = 50;

    public async Task<DueVisits?> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        return await InAsync(db, caller, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), cancellationToken);
    }

    internal static async Task<DueVisits> InAsync(YaojianDb db, Caller caller, DateOnly today, CancellationToken cancellationToken)
    {
        var me = await db.Inspectors.AsNoTracking().Where(i => i.UserName == caller.UserName).Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
        var open = db.PlanVisits.AsNoTracking()
            .Where(v => v.Status == VisitStatus.Planned && v.WindowStart <= today && db.Plans.Any(p => p.Id == v.PlanId && p.Year == today.Year));
        var total = await open.CountAsync(cancellationToken);
        var visits = await open
            .OrderByDescending(v => me != null && v.Inspectors.Any(i => i.InspectorId == me))
            .ThenBy(v => v.WindowEnd).ThenBy(v => v.Entity!.Township).ThenBy(v => v.Entity!.Address).ThenBy(v => v.Id)
            .Take(MaxDue)
            .Select(v => new
            {
                v.Id,
                v.EntityId,
                v.Entity!.Name,
                v.Entity.Kind,
                v.Entity.Township,
                v.Entity.Address,
                v.WindowStart,
                v.WindowEnd,
                v.RuleIds,
                Inspectors = v.Inspectors.OrderBy(i => i.InspectorId).Select(i => new { i.InspectorId, i.Inspector!.Name }).ToList(),
                Draft = db.Inspections.Where(i => i.PlanVisitId == v.Id && i.Status == InspectionStatus.Draft).Select(i => (int?)i.Id).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var ruleNames = await RuleNamesAsync(db, today.Year, cancellationToken);
        var due = visits.Select(v => new DueVisit(
            v.Id, v.EntityId, v.Name, v.Kind, v.Township, v.Address, v.WindowStart, v.WindowEnd,
            v.RuleIds.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(r => ruleNames.GetValueOrDefault(r, r)).ToList(),
            v.Inspectors.Select(i => i.Name).ToList(),
            me is not null && v.Inspectors.Any(i => i.InspectorId == me),
            v.WindowEnd < today,
            v.Draft)).ToList();
        return new DueVisits(today, due, total);
    }

    private static async Task<Dictionary<string, string>> RuleNamesAsync(YaojianDb db, int year, CancellationToken cancellationToken) =>
        await PlanInputs.PlanFileAsync(db, year, cancellationToken) is { } found
            ? found.Plan.SchedulingRules.DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal)
            : [];
}
