using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Evidence;

/// <summary>An evidence file's bytes, for a caller who may see the record or disposition it belongs to.</summary>
public sealed class GetEvidence(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<EvidenceDownload?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);

        // The scope filters of records and dispositions decide: a file is seen through what it belongs to.
        var file = await db.EvidenceFiles.AsNoTracking()
            .Where(f => f.Id == id)
            .Where(f => db.Inspections.Any(i => i.Id == f.InspectionId) || db.Dispositions.Any(d => d.Id == f.DispositionId))
            .Select(f => new { f.FileName, f.MediaType, Bytes = db.EvidenceContents.Where(c => c.Hash == f.ContentHash).Select(c => c.Bytes).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        return file is null ? null : new EvidenceDownload(file.Bytes, file.MediaType, file.FileName);
    }
}
