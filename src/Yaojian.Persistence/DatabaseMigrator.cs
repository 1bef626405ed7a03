using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Persistence;

/// <summary>Applies the provider's migrations; used at start by the web app and by <c>yaojian migrate</c>.</summary>
public static class DatabaseMigrator
{
    public static async Task<IReadOnlyList<string>> MigrateAsync(YaojianDb db, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets the web app read while an import writes; the mode is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }
}
