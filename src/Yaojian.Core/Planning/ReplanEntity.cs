using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>
/// Re-plans an entity's remaining visits of the year from a date on (its credit grade changed, say): visits already
/// begun or done are kept and count as done; planned ones from that date on are replaced by what the plan now asks.
/// </summary>
public sealed class ReplanEntity(IDbContextFactory<YaojianDb> dbFactory)
{
    /// <summary>Returns how many visits the entity now has ahead, or null when that year has no drawn plan.</summary>
    public Task<int?> RunAsync(Caller caller, int entityId, DateOnly from, CancellationToken cancellationToken = default) =>
        RunAsync(caller, [entityId], from, cancellationToken);

    /// <summary>Re-plans several entities in one run of the engine (a year-end review raises many grades at once).</summary>
    public async Task<int?> RunAsync(Caller caller, IReadOnlyCollection<int> entityIds, DateOnly from, CancellationToken cancellationToken = default)
    {
        var system = Caller.System("replan:" + caller.UserName);
        await using var db = await dbFactory.CreateForAsync(system, cancellationToken);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Year == from.Year, cancellationToken);
        var found = await PlanInputs.PlanFileAsync(db, from.Year, cancellationToken);
        var codes = await db.Entities.Where(e => entityIds.Contains(e.Id)).Select(e => e.Code).ToListAsync(cancellationToken);
        if (plan is null || found is null || codes.Count == 0)
        {
            return null;
        }

        var current = await StoredVisits.ForPlanAsync(db, plan.Id, cancellationToken, entityIds);
        var kept = current.Where(v => v.Status == VisitStatus.Done || v.Visit.WindowStart < from).ToList();
        var request = new PlanRequest(found.Value.Plan, from.Year, plan.Seed,
            await PlanInputs.EntitiesAsync(db, cancellationToken),
            await PlanInputs.InspectorsAsync(db, cancellationToken),
            await PlanInputs.HistoryAsync(db, cancellationToken))
        {
            From = from,
            Kept = kept.Select(v => v.Visit).ToList(),
            OnlyEntities = codes.ToHashSet(StringComparer.Ordinal),
        };
        var outcome = PlanEngine.Schedule(request);
        var replaced = current.Except(kept).Select(v => v.Id).ToList();
        db.PlanVisits.RemoveRange(await db.PlanVisits.Where(v => replaced.Contains(v.Id)).ToListAsync(cancellationToken));
        var added = await VisitRows.ToStoredAsync(db, outcome.Visits, cancellationToken);
        foreach (var visit in added)
        {
            visit.PlanId = plan.Id;
        }

        db.PlanVisits.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }
}
