using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// The caller's units' dispositions, filtered by kind, standing (open, closed, overdue), unit and entity: the overdue
/// first, each group by its deadline (the nearest first, none last).
/// </summary>
public sealed class ListDispositions(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<DispositionView>> RunAsync(Caller caller, DispositionFilter filter, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = clock.Today();
        var query = DispositionViews.WithEvents(db).AsNoTracking();
        if (filter.Kind is { } kind)
        {
            query = query.Where(d => d.Kind == kind);
        }

        if (filter.UnitId is { } unitId)
        {
            query = query.Where(d => d.UnitId == unitId);
        }

        if (filter.EntityId is { } entityId)
        {
            query = query.Where(d => d.EntityId == entityId);
        }

        if (filter.InspectionId is { } inspectionId)
        {
            query = query.Where(d => d.InspectionId == inspectionId);
        }

        query = filter.Standing switch
        {
            DispositionStanding.Open => query.Open(),
            DispositionStanding.Closed => query.Closed(),
            DispositionStanding.Overdue => query.Open().Where(d => d.State == DispositionState.Overdue || d.Deadline < today),
            null => query,
        };
        var views = await DispositionViews.ViewsAsync(db, await query.ToListAsync(cancellationToken), today, cancellationToken);
        return
        [
            .. views.Where(v => filter.Standing != DispositionStanding.Overdue || v.Overdue)
                .OrderByDescending(v => v.Overdue).ThenBy(v => v.Deadline is null).ThenBy(v => v.Deadline).ThenBy(v => v.Id),
        ];
    }
}
