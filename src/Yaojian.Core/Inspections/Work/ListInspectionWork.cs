using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Work;

/// <summary>What the caller's units have to inspect now, have under way and have finished lately.</summary>
public sealed class ListInspectionWork(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public const int MaxDue = 50;
    public const int MaxFinished = 20;

    public async Task<InspectionWork?> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
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
        return new InspectionWork(
            today, due, total,
            await SummariesAsync(db, db.Inspections.Where(i => i.Status == InspectionStatus.Draft).OrderByDescending(i => i.Id), int.MaxValue, cancellationToken),
            await SummariesAsync(db, db.Inspections.Where(i => i.Status == InspectionStatus.Finished).OrderByDescending(i => i.Id), MaxFinished, cancellationToken));
    }

    private static async Task<Dictionary<string, string>> RuleNamesAsync(YaojianDb db, int year, CancellationToken cancellationToken) =>
        await PlanInputs.PlanFileAsync(db, year, cancellationToken) is { } found
            ? found.Plan.SchedulingRules.DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal)
            : [];

    internal static Task<List<InspectionSummary>> SummariesAsync(YaojianDb db, IQueryable<Inspection> records, int take, CancellationToken cancellationToken) =>
        records.AsNoTracking().Take(take)
            .Select(i => new InspectionSummary(i.Id, i.Number, i.Version, i.Status, i.Mode, i.EntityId, i.Entity!.Name,
                db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                i.StartedAt, i.FinishedAt, i.Findings.Count))
            .ToListAsync(cancellationToken);
}
