using System.Data.Common;
using Yaojian.Persistence;

namespace Yaojian.Cli.Database;

/// <summary>Which database a command works on, for the user to read, without the password.</summary>
internal static class DatabaseDescription
{
    public static string Of(DatabaseSettings settings)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = settings.ConnectionString };
        return settings.Provider switch
        {
            DatabaseProvider.Sqlite => $"SQLite {Value(parts, "Data Source", "DataSource", "Filename")}",
            DatabaseProvider.Postgres =>
                $"PostgreSQL {Value(parts, "Host", "Server")}:{Value(parts, "Port") ?? "5432"}/{Value(parts, "Database", "DB")}",
        };
    }

    private static string? Value(DbConnectionStringBuilder parts, params string[] keys) =>
        keys.Select(k => parts.TryGetValue(k, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null)
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
