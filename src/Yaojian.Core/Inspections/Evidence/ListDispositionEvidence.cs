using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Evidence;

/// <summary>The files attached to a disposition of the caller's units (the reply, the receiver's answer), oldest first.</summary>
public sealed class ListDispositionEvidence(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<IReadOnlyList<EvidenceView>?> RunAsync(Caller caller, int dispositionId, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        return await db.Dispositions.AnyAsync(d => d.Id == dispositionId, cancellationToken)
            ? await ViewsAsync(db, dispositionId, cancellationToken)
            : null;
    }

    internal static async Task<IReadOnlyList<EvidenceView>> ViewsAsync(YaojianDb db, int dispositionId, CancellationToken cancellationToken) =>
        await db.EvidenceFiles.AsNoTracking().Where(f => f.DispositionId == dispositionId).OrderBy(f => f.Id)
            .Select(f => new EvidenceView(f.Id, null, f.FileName, f.MediaType, f.Size, f.Caption, f.UploadedBy, f.UploadedAt))
            .ToListAsync(cancellationToken);
}
