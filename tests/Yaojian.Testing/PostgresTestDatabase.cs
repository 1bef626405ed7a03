using System.Globalization;
using Npgsql;
using Yaojian.Persistence;

namespace Yaojian.Testing;

/// <summary>
/// A database with a unique name on the server named by <c>YAOJIAN_TEST_POSTGRES</c>, which <c>./test.sh</c> starts and
/// sets. Without it the tests fail rather than skip: a PostgreSQL test that silently does not run proves nothing.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string ServerVariable = "YAOJIAN_TEST_POSTGRES";

    private readonly string _name = string.Create(CultureInfo.InvariantCulture, $"yaojian_test_{Guid.NewGuid():N}");
    private bool _created;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;

    public string Name => _name;

    private static string Server =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh, which starts a throwaway " +
                $"PostgreSQL 15 and sets it, or set it yourself, e.g. {ServerVariable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\".");

    public override async Task CreateAsync(CancellationToken cancellationToken = default)
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"", cancellationToken);
        _created = true;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_created)
        {
            // FORCE ends the app's pooled connections, which may still be open.
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", CancellationToken.None);
            _created = false;
        }
    }

    private static async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
