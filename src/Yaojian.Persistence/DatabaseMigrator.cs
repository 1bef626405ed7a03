using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Persistence;

/// <summary>Applies the provider's migrations; used at start by the web app and by <c>yaojian migrate</c>.</summary>
public static class DatabaseMigrator
{
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(30);

    public static async Task<IReadOnlyList<string>> MigrateAsync(YaojianDb db, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        // A migration may rewrite or backfill every row of a province's registry (the name bigrams: a million rows),
        // which takes longer than the 30 s a request's command may.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(MigrationTimeout);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets the web app read while an import writes; the mode is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }
}
