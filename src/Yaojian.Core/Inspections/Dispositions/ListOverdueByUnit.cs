using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// The overdue list per unit: every unit of the caller's scope (none left out, so a unit with nothing open shows as
/// such), with its open and overdue dispositions, the most overdue first.
/// </summary>
public sealed class ListOverdueByUnit(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<UnitOverdueCount>> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = clock.Today();
        var (allUnits, unitIds) = (caller.Scope.AllUnits, caller.Scope.UnitIds.ToList());
        var units = await db.Units.AsNoTracking().Where(u => allUnits || unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(cancellationToken);
        var open = (await db.Dispositions.AsNoTracking().Open()
            .Select(d => new { d.UnitId, d.Kind, d.State, d.Deadline }).ToListAsync(cancellationToken))
            .ToLookup(d => d.UnitId);
        return
        [
            .. units.Select(u => new UnitOverdueCount(u.Id, u.Code, u.Name, open[u.Id].Count(),
                    open[u.Id].Count(d => DispositionRules.IsOverdue(d.Kind, d.State, d.Deadline, today))))
                .OrderByDescending(c => c.Overdue).ThenByDescending(c => c.Open).ThenBy(c => c.UnitId),
        ];
    }
}
