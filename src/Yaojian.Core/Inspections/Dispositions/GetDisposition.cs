using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>One disposition of the caller's units with its events; another unit's is not found.</summary>
public sealed class GetDisposition(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<DispositionView?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var record = await DispositionViews.WithEvents(db).AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return record is null ? null : await DispositionViews.ViewAsync(db, record, clock.Today(), cancellationToken);
    }
}
