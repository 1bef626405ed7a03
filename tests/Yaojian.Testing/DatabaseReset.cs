using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Audit;
using Yaojian.Core.Data;

namespace Yaojian.Testing;

/// <summary>
/// Empties the registry, the accounts and the audit trail and puts back <see cref="TestUnits"/>, so each test starts
/// from the same state.
/// </summary>
public static class DatabaseReset
{
    public static async Task ResetAsync(YaojianDb db, CancellationToken cancellationToken = default)
    {
        await db.CreditGradeChanges.ExecuteDeleteAsync(cancellationToken);
        await db.Licences.ExecuteDeleteAsync(cancellationToken);
        await db.Pharmacists.ExecuteDeleteAsync(cancellationToken);
        await db.Entities.ExecuteDeleteAsync(cancellationToken);
        await db.Products.ExecuteDeleteAsync(cancellationToken);
        await db.Units.ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.ExecuteDeleteAsync(cancellationToken);
        await db.Users.ExecuteDeleteAsync(cancellationToken);
        await db.AuditRecords.ExecuteDeleteAsync(cancellationToken);
        await db.AuditHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, 0).SetProperty(h => h.LastHash, AuditChain.Genesis), cancellationToken);
        db.Units.AddRange(TestUnits.Create());
        await db.SaveChangesAsync(cancellationToken);
    }
}
