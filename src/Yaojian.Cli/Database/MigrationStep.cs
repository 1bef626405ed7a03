using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Data;
using Yaojian.Persistence;

namespace Yaojian.Cli.Database;

/// <summary>Brings the database up to date; every command that reads or writes data does this first.</summary>
internal static class MigrationStep
{
    public static async Task<IReadOnlyList<string>> ApplyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        CliOutput.Line(CliOutput.Format(CliText.Database_Target, DatabaseDescription.Of(services.GetRequiredService<DatabaseSettings>())));
        var factory = services.GetRequiredService<IDbContextFactory<YaojianDb>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await DatabaseMigrator.MigrateAsync(db, cancellationToken);
    }

    /// <summary>Migrates quietly: says only what it applied, if anything.</summary>
    public static async Task EnsureAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var applied = await ApplyAsync(services, cancellationToken);
        if (applied.Count > 0)
        {
            CliOutput.Line(CliOutput.Format(CliText.Migrate_AppliedFirst, applied.Count, string.Join(", ", applied)));
        }
    }
}
