using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Yaojian.Core.Data;

namespace Yaojian.Core.Audit;

/// <summary>
/// Writes the chain's head to the anchor file when it has moved on by <c>Audit:AnchorEvery</c> records (1,000 by
/// default) since the last anchor, or, when <paramref name="always"/> (the daily run, <c>yaojian audit anchor</c>),
/// whenever it has moved at all. Never over a head that went back: that is for <c>audit verify</c> to report.
/// </summary>
public sealed class WriteAuditAnchor(IDbContextFactory<YaojianDb> dbFactory, AuditAnchorFile file, TimeProvider clock, IConfiguration? configuration = null)
{
    private readonly long _every = long.TryParse(configuration?["Audit:AnchorEvery"], out var every) && every > 0 ? every : 1_000;

    /// <summary>The anchor written, or null when there was nothing to write.</summary>
    public async Task<AuditAnchor?> RunAsync(bool always, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
        var latest = file.ReadLatest().Latest;
        var moved = (head?.LastSequence ?? 0) - (latest?.Sequence ?? 0);
        if (head is null || head.LastSequence == 0 || moved <= 0 || (latest is not null && !always && moved < _every))
        {
            return null;
        }

        var anchor = new AuditAnchor(head.LastSequence, head.LastHash, clock.GetUtcNow());
        file.Append(anchor);
        return anchor;
    }
}
