using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Evidence;
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
        await CopyEvidenceAsync(db, finished, correction, cancellationToken);
        var stored = await InspectionViews.LoadAsync(db, correction.Id, cancellationToken);
        return InspectionOutcome.Of(await InspectionViews.DetailAsync(db, caller, stored!, cancellationToken));
    }

    /// <summary>
    /// The correction keeps the evidence: new rows on the same contents, on the copies of their findings (copied in the
    /// order of the originals' ids, see <see cref="InspectionRules.CorrectionOf"/>).
    /// </summary>
    private static async Task CopyEvidenceAsync(YaojianDb db, Inspection finished, Inspection correction, CancellationToken cancellationToken)
    {
        var findingCopies = finished.Findings.OrderBy(f => f.Id).Select(f => f.Id)
            .Zip(correction.Findings.Select(f => f.Id))
            .ToDictionary(p => p.First, p => p.Second);
        var files = await db.EvidenceFiles.AsNoTracking().Where(f => f.InspectionId == finished.Id).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        if (files.Count == 0)
        {
            return;
        }

        db.EvidenceFiles.AddRange(files.Select(f => new EvidenceFile
        {
            InspectionId = correction.Id,
            FindingId = f.FindingId is { } id ? findingCopies[id] : null,
            ContentHash = f.ContentHash,
            FileName = f.FileName,
            MediaType = f.MediaType,
            Size = f.Size,
            Caption = f.Caption,
            UploadedBy = f.UploadedBy,
            UploadedAt = f.UploadedAt,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
