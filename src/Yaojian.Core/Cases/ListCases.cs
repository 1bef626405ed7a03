using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// The caller's units' cases by standing (open, closed, overdue, typical), unit, entity and disposition, each with its
/// legal time limits: the overdue first, then the open by the nearest due day, then the newest.
/// </summary>
public sealed class ListCases(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    private static readonly CaseState[] ClosedStates = [.. CaseTransitions.States.Where(CaseTransitions.IsClosed)];

    public async Task<IReadOnlyList<CaseView>> RunAsync(Caller caller, CaseFilter filter, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewCases))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = clock.Today();
        var query = db.Cases.AsNoTracking().Include(c => c.Partners).AsQueryable();
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(c => c.UnitId == unitId);
        }

        if (filter.EntityId is { } entityId)
        {
            query = query.Where(c => c.EntityId == entityId);
        }

        if (filter.DispositionId is { } dispositionId)
        {
            query = query.Where(c => c.DispositionId == dispositionId);
        }

        query = filter.Standing switch
        {
            CaseStanding.Open or CaseStanding.Overdue => query.Where(c => !ClosedStates.Contains(c.State) || (c.PublishDueOn != null && c.PublishedAt == null)),
            CaseStanding.Closed => query.Where(c => ClosedStates.Contains(c.State)),
            CaseStanding.Typical => query.Where(c => c.Typical),
            null => query,
        };
        var views = await CaseViews.ViewsAsync(db, caller, await query.ToListAsync(cancellationToken), today, clock.LocalTimeZone, cancellationToken);
        return
        [
            .. views.Where(v => filter.Standing switch
                {
                    CaseStanding.Open => !CaseTransitions.IsClosed(v.State),
                    CaseStanding.Overdue => v.Overdue,
                    _ => true,
                })
                .OrderByDescending(v => v.Overdue)
                .ThenBy(v => CaseTransitions.IsClosed(v.State))
                .ThenBy(v => v.Limits.Where(l => l.Running).Select(l => (DateOnly?)l.DueOn).Min() ?? DateOnly.MaxValue)
                .ThenByDescending(v => v.Id),
        ];
    }
}
