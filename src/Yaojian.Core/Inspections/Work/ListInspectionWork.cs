using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Work;

/// <summary>
/// What the caller's units have to inspect now, have under way and have finished lately. Both parts are the same for
/// everyone of a scope (the due visits also per inspector and day), so they are kept in <see cref="VersionedCache"/>
/// until the data changes.
/// </summary>
public sealed class ListInspectionWork(IDbContextFactory<YaojianDb> dbFactory, VersionedCache cache, TimeProvider clock)
{
    public const int MaxFinished = 20;

    public async Task<InspectionWork?> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = clock.Today();
        var version = await VersionedCache.VersionAsync(db, cancellationToken);
        var due = await ListDueVisits.KeptAsync(db, cache, version, caller, today, cancellationToken);
        var (drafts, finished) = await cache.GetAsync("inspection-lists:" + VersionedCache.Scope(caller), version, async () => (
            await SummariesAsync(db, db.Inspections.Where(i => i.Status == InspectionStatus.Draft).OrderByDescending(i => i.Id), int.MaxValue, cancellationToken),
            await SummariesAsync(db, db.Inspections.Where(i => i.Status == InspectionStatus.Finished).OrderByDescending(i => i.Id), MaxFinished, cancellationToken)), cancellationToken);
        return new InspectionWork(today, due.Due, due.Total, drafts, finished);
    }

    internal static Task<List<InspectionSummary>> SummariesAsync(YaojianDb db, IQueryable<Inspection> records, int take, CancellationToken cancellationToken) =>
        records.AsNoTracking().Take(take)
            .Select(i => new InspectionSummary(i.Id, i.Number, i.Version, i.Status, i.Mode, i.EntityId, i.Entity!.Name,
                db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                i.StartedAt, i.FinishedAt, i.Findings.Count))
            .ToListAsync(cancellationToken);
}
