using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// The overdue list per unit: every unit of the caller's scope (none left out, so a unit with nothing open shows as
/// such), with its open and overdue dispositions, the most overdue first. Read from every open disposition and shown on
/// everyone's workbench, so kept in <see cref="VersionedCache"/> per scope and day until the data changes.
/// </summary>
public sealed class ListOverdueByUnit(IDbContextFactory<YaojianDb> dbFactory, VersionedCache cache, TimeProvider clock)
{
    public async Task<IReadOnlyList<UnitOverdueCount>> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var version = await VersionedCache.VersionAsync(db, cancellationToken);
        return await KeptAsync(db, cache, version, caller, clock.Today(), cancellationToken);
    }

    /// <summary>The list at data <paramref name="version"/> (<see cref="VersionedCache.VersionAsync"/>, read by the caller first).</summary>
    internal static Task<IReadOnlyList<UnitOverdueCount>> KeptAsync(
        YaojianDb db, VersionedCache cache, string version, Caller caller, DateOnly today, CancellationToken cancellationToken) =>
        cache.GetAsync(
            string.Create(CultureInfo.InvariantCulture, $"overdue-by-unit:{today:yyyy-MM-dd}:{VersionedCache.Scope(caller)}"), version,
            () => ComputeAsync(db, caller, today, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<UnitOverdueCount>> ComputeAsync(YaojianDb db, Caller caller, DateOnly today, CancellationToken cancellationToken)
    {
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
