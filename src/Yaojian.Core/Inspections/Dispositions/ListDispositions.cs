using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>The caller's units' dispositions: all of an entity, or the overdue ones (longest overdue first).</summary>
public sealed class ListDispositions(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<DispositionView>> RunAsync(Caller caller, int? entityId, bool overdueOnly, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var records = await DispositionViews.WithEvents(db).AsNoTracking()
            .Where(d => entityId == null || d.EntityId == entityId)
            .Where(d => !overdueOnly || d.State == DispositionState.Overdue || d.Deadline < today)
            .OrderBy(d => d.Deadline).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var views = new List<DispositionView>();
        foreach (var record in records)
        {
            var view = await DispositionViews.ViewAsync(db, record, today, cancellationToken);
            if (!overdueOnly || view.Overdue)
            {
                views.Add(view);
            }
        }

        return views;
    }
}
