using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Planning;

/// <summary>Turns the engine's visits (by codes) into stored rows (by ids).</summary>
internal static class VisitRows
{
    public static async Task<List<PlanVisit>> ToStoredAsync(YaojianDb db, IEnumerable<PlannedVisit> visits, CancellationToken cancellationToken)
    {
        var entities = await db.Entities.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(e => e.Code, e => e.Id, StringComparer.Ordinal, cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var inspectors = await db.Inspectors.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.Ordinal, cancellationToken);
        return visits.Select(v => new PlanVisit
        {
            EntityId = entities[v.EntityCode],
            UnitId = units[v.Unit],
            WindowStart = v.WindowStart,
            WindowEnd = v.WindowEnd,
            RuleIds = string.Join(';', v.RuleIds),
            Inspectors = v.Inspectors.Select(code => new VisitInspector { InspectorId = inspectors[code] }).ToList(),
        }).ToList();
    }
}
