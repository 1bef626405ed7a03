using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>
/// Corrects a finished record: a new draft version with the same number and content; the finished one stays as it was,
/// and becomes superseded when the correction is finished.
/// </summary>
public sealed class CorrectInspection(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<InspectionOutcome> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.RecordInspections))
        {
            return InspectionOutcome.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var finished = await InspectionViews.LoadAsync(db, id, cancellationToken);
        if (finished is null)
        {
            return InspectionOutcome.Missing;
        }

        if (finished.Status != InspectionStatus.Finished
            || await db.Inspections.AnyAsync(i => i.PreviousVersionId == finished.Id, cancellationToken))
        {
            return InspectionOutcome.Invalid(Text.Inspection_NotCorrectable);
        }

        var correction = InspectionRules.CorrectionOf(finished, caller.UserName, clock.GetUtcNow());
        db.Inspections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        var stored = await InspectionViews.LoadAsync(db, correction.Id, cancellationToken);
        return InspectionOutcome.Of(await InspectionViews.DetailAsync(db, caller, stored!, cancellationToken));
    }
}
