using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Audit;

/// <summary>
/// Recomputes the whole chain, page by page in sequence order, names the first broken record, and holds the chain to
/// the latest signed anchor of the anchor file (a damaged or forged anchor line fails the check too).
/// </summary>
public sealed class VerifyAuditChain(IDbContextFactory<YaojianDb> dbFactory, AuditAnchorFile anchors)
{
    private const int PageSize = 5_000;

    public async Task<AuditVerification> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
        var reading = anchors.ReadLatest();
        if (reading.BadLine is { } line)
        {
            return new AuditVerification(false, 0, null, AuditProblem.AnchorInvalid, reading.Latest, line);
        }

        return AuditChain.Verify(ReadAll(db, cancellationToken), head, reading.Latest) with { Anchor = reading.Latest };
    }

    private static IEnumerable<AuditRecord> ReadAll(YaojianDb db, CancellationToken cancellationToken)
    {
        var after = long.MinValue;
        while (true)
        {
            var page = db.AuditRecords.AsNoTracking().Where(r => r.Sequence > after).OrderBy(r => r.Sequence).Take(PageSize).ToList();
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var record in page)
            {
                yield return record;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }
}
