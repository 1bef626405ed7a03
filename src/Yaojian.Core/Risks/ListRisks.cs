using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>
/// The risk register, filtered by area, class, stage, open or not, overdue measures, entity and unit: the risks with
/// overdue measures first, then by stage through the loop, then by number.
/// </summary>
public sealed class ListRisks(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<RiskSummary>> RunAsync(Caller caller, RiskFilter filter, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewRisks))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = RiskViews.Today(clock);
        var query = db.Risks.AsNoTracking().Include(r => r.Measures).AsQueryable();
        if (filter.Area is { } area)
        {
            query = query.Where(r => r.Area == area);
        }

        if (filter.Class is { } riskClass)
        {
            query = query.Where(r => r.Class == riskClass);
        }

        if (filter.Stage is { } stage)
        {
            query = query.Where(r => r.Stage == stage);
        }

        if (filter.OpenOnly)
        {
            query = query.Where(r => r.Stage != RiskStage.Closed);
        }

        if (filter.OverdueMeasures)
        {
            query = query.Where(r => r.Measures.Any(m => m.Status == MeasureStatus.Open && m.Deadline < today));
        }

        if (filter.EntityId is { } entityId)
        {
            query = query.Where(r => r.Entities.Any(e => e.EntityId == entityId));
        }

        if (filter.UnitId is { } unitId)
        {
            query = query.Where(r => r.UnitId == unitId || r.Measures.Any(m => m.OwnerUnitId == unitId));
        }

        var risks = await query.ToListAsync(cancellationToken);
        var plan = await RiskViews.PlanAsync(db, today.Year, cancellationToken);
        var units = await RiskViews.UnitNamesAsync(db, risks.Select(r => r.UnitId), cancellationToken);
        return
        [
            .. risks.Select(r => RiskViews.Summary(r, plan, units, today))
                .OrderByDescending(r => r.OverdueMeasures > 0).ThenBy(r => r.Stage == RiskStage.Closed).ThenBy(r => r.Stage).ThenBy(r => r.Id),
        ];
    }
}
