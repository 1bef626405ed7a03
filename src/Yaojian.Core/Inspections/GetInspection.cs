using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>One record of the caller's units, with the entity's previous inspection and its findings.</summary>
public sealed class GetInspection(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<InspectionDetail?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var inspection = await InspectionViews.LoadAsync(db, id, cancellationToken);
        return inspection is null ? null : await InspectionViews.DetailAsync(db, caller, inspection, cancellationToken);
    }
}
