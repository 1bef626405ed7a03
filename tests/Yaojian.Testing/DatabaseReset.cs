using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Testing;

/// <summary>Empties the registry and puts back <see cref="TestUnits"/>, so each test starts from the same state.</summary>
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
        db.Units.AddRange(TestUnits.Create());
        await db.SaveChangesAsync(cancellationToken);
    }
}
