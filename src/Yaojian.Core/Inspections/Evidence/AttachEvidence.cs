using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Evidence;

/// <summary>Attaches a photo or PDF to a draft record, or to one of its findings (type and size checked, stored once).</summary>
public sealed class AttachEvidence(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public Task<InspectionOutcome> RunAsync(Caller caller, int id, EvidenceUpload upload, CancellationToken cancellationToken = default) =>
        DraftEdit.RunAsync(dbFactory, caller, id, async (db, inspection) =>
        {
            if (upload.ClientKey is { Length: > 0 } key && await db.EvidenceFiles.AnyAsync(f => f.InspectionId == inspection.Id && f.ClientKey == key, cancellationToken))
            {
                return [];
            }

            if (EvidenceStore.Problem(upload) is { } problem)
            {
                return [problem];
            }

            if (upload.FindingId is { } findingId && inspection.Findings.All(f => f.Id != findingId))
            {
                return [EnumText.Format(Text.Evidence_UnknownFinding, findingId)];
            }

            var file = await EvidenceStore.AddAsync(db, upload, caller.UserName, clock.GetUtcNow(), cancellationToken);
            file.InspectionId = inspection.Id;
            return [];
        }, cancellationToken);
}
