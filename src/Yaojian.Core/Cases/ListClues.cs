using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// The caller's units' clues by source, standing (open, decided, overdue), unit and entity: the overdue first, then the
/// open by their due day, then the newest.
/// </summary>
public sealed class ListClues(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClueView>> RunAsync(Caller caller, ClueFilter filter, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewCases))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = clock.Today();
        var query = db.Clues.AsNoTracking();
        if (filter.Source is { } source)
        {
            query = query.Where(c => c.Source == source);
        }

        if (filter.UnitId is { } unitId)
        {
            query = query.Where(c => c.UnitId == unitId);
        }

        if (filter.EntityId is { } entityId)
        {
            query = query.Where(c => c.EntityId == entityId);
        }

        query = filter.Standing switch
        {
            ClueStanding.Open => query.Where(c => c.Status == ClueStatus.New || c.Status == ClueStatus.Verifying),
            ClueStanding.Decided => query.Where(c => c.Status != ClueStatus.New && c.Status != ClueStatus.Verifying),
            ClueStanding.Overdue => query.Where(c => (c.Status == ClueStatus.New || c.Status == ClueStatus.Verifying) && c.DueOn < today),
            null => query,
        };
        var views = await ClueViews.ViewsAsync(db, caller, await query.ToListAsync(cancellationToken), today, clock.LocalTimeZone, cancellationToken);
        return
        [
            .. views.OrderByDescending(v => v.Overdue).ThenByDescending(v => ClueTriage.IsOpen(v.Status))
                .ThenBy(v => v.DueOn is null).ThenBy(v => v.DueOn).ThenByDescending(v => v.Id),
        ];
    }
}
