using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>The measures of the register (the overdue list when asked): the overdue first, the longest overdue first, then by deadline.</summary>
public sealed class ListMeasures(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<MeasureView>> RunAsync(Caller caller, MeasureFilter filter, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewRisks))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = RiskViews.Today(clock);
        var query = db.RiskMeasures.AsNoTracking();
        query = filter.Standing switch
        {
            MeasureStanding.Open => query.Where(m => m.Status == MeasureStatus.Open),
            MeasureStanding.Overdue => query.Where(m => m.Status == MeasureStatus.Open && m.Deadline < today),
            MeasureStanding.Done => query.Where(m => m.Status == MeasureStatus.Done),
            MeasureStanding.Cancelled => query.Where(m => m.Status == MeasureStatus.Cancelled),
            null => query,
        };
        if (filter.OwnerUnitId is { } unitId)
        {
            query = query.Where(m => m.OwnerUnitId == unitId);
        }

        if (filter.RiskId is { } riskId)
        {
            query = query.Where(m => m.RiskId == riskId);
        }

        var measures = await query.ToListAsync(cancellationToken);
        var riskIds = measures.Select(m => m.RiskId).Distinct().ToList();
        var risks = await db.Risks.AsNoTracking().Where(r => riskIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var units = await RiskViews.UnitNamesAsync(db, measures.Select(m => m.OwnerUnitId), cancellationToken);
        var names = await ResolveDisplayNames.InAsync(db, measures.Select(m => m.FinishedBy), cancellationToken);
        return
        [
            .. measures.Select(m => RiskViews.Measure(m, risks[m.RiskId], units, today, names))
                .OrderByDescending(m => m.Overdue).ThenBy(m => m.Status).ThenBy(m => m.Deadline).ThenBy(m => m.Id),
        ];
    }
}
