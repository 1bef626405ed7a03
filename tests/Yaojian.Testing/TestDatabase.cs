using Yaojian.Persistence;

namespace Yaojian.Testing;

/// <summary>A database of its own for one app factory: created before the app starts, dropped when it is disposed.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The value of <c>Database:Provider</c>.</summary>
    public string ProviderName => Provider switch
    {
        DatabaseProvider.Sqlite => "sqlite",
        DatabaseProvider.Postgres => "postgres",
    };

    public abstract string ConnectionString { get; }

    public static TestDatabase For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(),
        DatabaseProvider.Postgres => new PostgresTestDatabase(),
    };

    public abstract Task CreateAsync(CancellationToken cancellationToken = default);

    public abstract ValueTask DisposeAsync();
}
