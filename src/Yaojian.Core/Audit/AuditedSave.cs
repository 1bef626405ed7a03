using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Audit;

/// <summary>
/// A save that appends its own audit records in the same transaction: the domain changes are written first (so new
/// rows have keys), then the chain head is locked, the records chained and written. A failure rolls both back.
/// </summary>
internal static class AuditedSave
{
    public static async Task<int> SaveAsync(
        YaojianDb db, Func<bool, CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        var caller = db.Caller ?? throw new InvalidOperationException(
            "This database context has no caller: create it with CreateForAsync(caller) so the change can be audited.");
        var changes = AuditCapture.Before(db.ChangeTracker);
        var events = db.TakeEvents();
        if (changes.Count == 0 && events.Count == 0)
        {
            return await save(true, cancellationToken);
        }

        await using var own = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var written = await save(true, cancellationToken);

        var at = db.Clock.GetUtcNow();
        var records = changes.Select(c => AuditCapture.ToRecord(c, at, caller.UserId, caller.UserName)).ToList();
        foreach (var e in events)
        {
            e.At = at;
            e.ActorId = caller.UserId;
            e.Actor = caller.UserName;
            records.Add(e);
        }

        // Taking the head's row lock first serialises concurrent writers: each reads the head only once it holds it.
        await db.AuditHeads.Where(h => h.Id == AuditHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), cancellationToken);
        var head = await db.AuditHeads.SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
        foreach (var record in records)
        {
            db.AuditRecords.Add(AuditChain.Append(head, record));
        }

        // A caller may have turned automatic change detection off for a bulk insert; the head must still be saved.
        db.ChangeTracker.DetectChanges();
        await save(true, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        return written;
    }
}
