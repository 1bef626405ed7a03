using Yaojian.Persistence;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The app in Production on Kestrel with <c>Https:Redirect</c> on (to port 443), on SQLite.</summary>
public sealed class SqliteRedirectingApp() : YaojianAppFactory(DatabaseProvider.Sqlite, RedirectingOptions.Production), IAsyncLifetime;

/// <summary>The app in Production on Kestrel with <c>Https:Redirect</c> on (to port 443), on PostgreSQL.</summary>
public sealed class PostgresRedirectingApp() : YaojianAppFactory(DatabaseProvider.Postgres, RedirectingOptions.Production), IAsyncLifetime;

internal static class RedirectingOptions
{
    public static YaojianAppOptions Production { get; } = new()
    {
        Kestrel = true,
        Environment = "Production",
        Settings = new Dictionary<string, string> { ["Https:Redirect"] = "true", ["Https:Port"] = "443" },
    };
}
