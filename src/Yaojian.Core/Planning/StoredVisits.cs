using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Planning;

/// <summary>Reads a plan's visits (those the caller's units may see) back into the engine's terms.</summary>
internal static class StoredVisits
{
    public static async Task<List<StoredVisit>> ForPlanAsync(YaojianDb db, int planId, CancellationToken cancellationToken, IReadOnlyCollection<int>? entityIds = null)
    {
        var rows = await db.PlanVisits.AsNoTracking()
            .Where(v => v.PlanId == planId && (entityIds == null || entityIds.Contains(v.EntityId)))
            .Select(v => new
            {
                v.Id,
                v.UnitId,
                v.EntityId,
                EntityCode = v.Entity!.Code,
                UnitCode = v.Unit!.Code,
                v.WindowStart,
                v.WindowEnd,
                v.RuleIds,
                v.Status,
                Inspectors = v.Inspectors.Select(i => new { i.InspectorId, i.Inspector!.Code, i.Inspector.Name }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StoredVisit(r.Id, r.UnitId, r.EntityId,
                new PlannedVisit(r.EntityCode, r.RuleIds.Split(';', StringSplitOptions.RemoveEmptyEntries), r.WindowStart, r.WindowEnd, r.UnitCode,
                    r.Inspectors.Select(i => i.Code).ToList()),
                r.Inspectors.Select(i => (i.InspectorId, i.Code, i.Name)).ToList(), r.Status))
            .ToList();
    }
}
