using Microsoft.Extensions.Configuration;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Persistence;

/// <summary>
/// <c>Database:Provider</c> (<c>sqlite</c>, the default, or <c>postgres</c>) and <c>ConnectionStrings:Yaojian</c>,
/// read the same way by the web app and the command line, so <c>Database__Provider</c> works for both.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFile = "data/yaojian.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = providerText?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException(EnumText.Format(Text.Error_UnknownProvider, providerText)),
        };

        var connectionString = configuration.GetConnectionString("Yaojian");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={DefaultSqliteFile}"
                : throw new InvalidOperationException(Text.Error_PostgresNeedsConnection);
        }

        return new DatabaseSettings(provider, connectionString);
    }
}
