using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>
/// What every change to a record does around the change itself: the right, the record in the caller's units, a draft
/// (a finished record is frozen), the save, and the record as it now is.
/// </summary>
internal static class DraftEdit
{
    public delegate Task<IReadOnlyList<string>> Change(YaojianDb db, Inspection inspection);

    public static async Task<InspectionOutcome> RunAsync(
        IDbContextFactory<YaojianDb> dbFactory, Caller caller, int id, Change change, CancellationToken cancellationToken)
    {
        if (!caller.Can(Permission.RecordInspections))
        {
            return InspectionOutcome.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var inspection = await InspectionViews.LoadAsync(db, id, cancellationToken);
        if (inspection is null)
        {
            return InspectionOutcome.Missing;
        }

        if (inspection.Status != InspectionStatus.Draft)
        {
            return InspectionOutcome.Invalid(Text.Inspection_Frozen);
        }

        var errors = await change(db, inspection);
        if (errors.Count > 0)
        {
            return new InspectionOutcome(null, false, false, errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return InspectionOutcome.Of(await InspectionViews.DetailAsync(db, caller, inspection, cancellationToken));
    }
}
