using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Yaojian.Core;
using Yaojian.Core.Data;
using Yaojian.Core.Demo;
using Yaojian.Persistence;

namespace Yaojian.Benchmarks.Data;

/// <summary>
/// The benchmark databases, wired exactly as the app wires them (<c>AddYaojianDb</c> + <c>AddYaojianCore</c>).
/// SQLite files live in the cache folder; PostgreSQL databases on the server named by <c>YAOJIAN_BENCH_POSTGRES</c>.
/// </summary>
public static class BenchDatabases
{
    public const string PostgresVariable = "YAOJIAN_BENCH_POSTGRES";

    /// <summary>The web app's demo seed, so the benchmark county is the one a developer sees.</summary>
    public const int Seed = 2025;

    private static readonly ConcurrentDictionary<(BenchProvider, string), ServiceProvider> ServicesByDatabase = new();

    /// <summary>SQLite always; PostgreSQL when a server is named, so a run without one still measures something.</summary>
    public static IEnumerable<BenchProvider> Available =>
        PostgresServer is null ? [BenchProvider.Sqlite] : [BenchProvider.Sqlite, BenchProvider.Postgres];

    private static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    /// <summary>A freshly created, migrated database holding the demo county's units and nothing else.</summary>
    public static async Task<IServiceProvider> CreateEmptyAsync(BenchProvider provider, string name)
    {
        await DropAsync(provider, name);
        var services = Services(provider, name);
        await using var db = await CreateDbAsync(services);
        await DatabaseMigrator.MigrateAsync(db);
        db.Units.AddRange(DemoJurisdiction.Units());
        await db.SaveChangesAsync();
        return services;
    }

    /// <summary>
    /// A database of exactly <paramref name="entities"/> demo entities (seed 2025), seeded through
    /// <see cref="SeedDemoCounty"/> on first use and kept for later runs while Core's generator makes the same data
    /// (<see cref="DemoFingerprint"/>).
    /// </summary>
    public static async Task<IServiceProvider> SeededAsync(BenchProvider provider, int entities)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"registry_{entities}");
        IServiceProvider services = Services(provider, name);
        int existing;
        await using (var db = await CreateDbAsync(services))
        {
            await DatabaseMigrator.MigrateAsync(db);
            existing = await db.Entities.CountAsync();
        }

        var fingerprint = DemoFingerprint.For(entities);
        var marker = Path.Combine(BenchPaths.Cache, $"{provider}-{name}.fingerprint".ToLowerInvariant());
        if (existing == entities && File.Exists(marker) && await File.ReadAllTextAsync(marker) == fingerprint)
        {
            return services;
        }

        File.Delete(marker);
        if (existing > 0)
        {
            services = await CreateEmptyAsync(provider, name);
        }

        var watch = Stopwatch.StartNew();
        var report = new SyncProgress(done => Log($"seeding {provider} {name}: {done:N0} / {entities:N0} after {watch.Elapsed:mm\\:ss}"));
        await services.GetRequiredService<SeedDemoCounty>().AddEntitiesAsync(entities, Seed, report);
        var seeded = watch.Elapsed;
        if (provider == BenchProvider.Postgres)
        {
            // Autovacuum would analyse the new rows within a minute; doing it now makes the plans the same every run.
            await using var db = await CreateDbAsync(services);
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        await File.WriteAllTextAsync(marker, fingerprint);
        var line = $"seeded {entities:N0} entities on {provider} with SeedDemoCounty in {seeded.TotalSeconds:N1} s " +
            $"({entities / seeded.TotalSeconds:N0} rows/s)";
        Log(line);
        await File.AppendAllTextAsync(
            Path.Combine(BenchPaths.Cache, "seeding.log"),
            string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.Now:u} {line}{Environment.NewLine}"));
        return services;
    }

    private static ServiceProvider Services(BenchProvider provider, string name) =>
        ServicesByDatabase.GetOrAdd((provider, name), key =>
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = key.Item1 == BenchProvider.Sqlite ? "sqlite" : "postgres",
                ["ConnectionStrings:Yaojian"] = ConnectionString(key.Item1, key.Item2),
            }).Build();
            return new ServiceCollection().AddYaojianDb(configuration).AddYaojianCore().BuildServiceProvider();
        });

    private static Task<YaojianDb> CreateDbAsync(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<YaojianDb>>().CreateForAsync(BenchCaller.Current);

    private static string ConnectionString(BenchProvider provider, string name) => provider switch
    {
        BenchProvider.Sqlite => new SqliteConnectionStringBuilder { DataSource = Path.Combine(BenchPaths.Cache, name + ".db") }.ConnectionString,
        BenchProvider.Postgres => new NpgsqlConnectionStringBuilder(PostgresServer
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set."))
        { Database = "yaojian_bench_" + name }.ConnectionString,
    };

    private static async Task DropAsync(BenchProvider provider, string name)
    {
        var connectionString = ConnectionString(provider, name);
        switch (provider)
        {
            case BenchProvider.Sqlite:
                using (var connection = new SqliteConnection(connectionString))
                {
                    SqliteConnection.ClearPool(connection);
                }

                var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
                foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
                {
                    File.Delete(file + suffix);
                }

                break;
            case BenchProvider.Postgres:
                using (var connection = new NpgsqlConnection(connectionString))
                {
                    NpgsqlConnection.ClearPool(connection);
                }

                await using (var server = new NpgsqlConnection(PostgresServer))
                {
                    await server.OpenAsync();
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"yaojian_bench_{name}\" WITH (FORCE)", server);
                    await drop.ExecuteNonQueryAsync();
                }

                break;
        }
    }

    private static void Log(string line) => Console.WriteLine("// " + line);
}
