using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Inspections.Work;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;

namespace Yaojian.Core.Workbench;

/// <summary>
/// The workbench (工作台): the registry's counts, the visits due now for a caller who records inspections, and the
/// number of overdue dispositions. Each part is kept in <see cref="VersionedCache"/>; they are read in one context
/// against one data version, so a cached page costs one query, not one per part.
/// </summary>
public sealed class GetWorkbench(IDbContextFactory<YaojianDb> dbFactory, VersionedCache cache, TimeProvider clock)
{
    public async Task<WorkbenchSummary> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var version = await VersionedCache.VersionAsync(db, cancellationToken);
        var today = clock.Today();
        var overview = await SummariseRegistry.KeptAsync(db, cache, version, caller, cancellationToken);
        var canView = caller.Can(Permission.ViewInspections);
        var due = canView && caller.Can(Permission.RecordInspections)
            ? await ListDueVisits.KeptAsync(db, cache, version, caller, today, cancellationToken)
            : null;
        var overdue = canView ? (await ListOverdueByUnit.KeptAsync(db, cache, version, caller, today, cancellationToken)).Sum(u => u.Overdue) : 0;
        return new WorkbenchSummary(overview, due, overdue);
    }
}
