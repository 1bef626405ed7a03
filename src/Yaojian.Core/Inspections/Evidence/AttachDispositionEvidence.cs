using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Evidence;

/// <summary>
/// Attaches a file to a disposition still under way (the entity's rectification reply, the receiver's answer), type
/// and size checked and stored once, like a record's evidence.
/// </summary>
public sealed class AttachDispositionEvidence(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<EvidenceOutcome> RunAsync(Caller caller, int dispositionId, EvidenceUpload upload, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.RecordInspections))
        {
            return EvidenceOutcome.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var disposition = await db.Dispositions.AsNoTracking().Where(d => d.Id == dispositionId)
            .Select(d => new { d.Kind, d.State }).SingleOrDefaultAsync(cancellationToken);
        if (disposition is null)
        {
            return EvidenceOutcome.Missing;
        }

        if (DispositionTransitions.IsFinal(disposition.Kind, disposition.State))
        {
            return EvidenceOutcome.Invalid(Text.Evidence_DispositionClosed);
        }

        if (EvidenceStore.Problem(upload with { FindingId = null }) is { } problem)
        {
            return EvidenceOutcome.Invalid(problem);
        }

        var file = await EvidenceStore.AddAsync(db, upload with { FindingId = null }, caller.UserName, clock.GetUtcNow(), cancellationToken);
        file.DispositionId = dispositionId;
        await db.SaveChangesAsync(cancellationToken);
        return EvidenceOutcome.Stored(await ListDispositionEvidence.ViewsAsync(db, dispositionId, cancellationToken));
    }
}
