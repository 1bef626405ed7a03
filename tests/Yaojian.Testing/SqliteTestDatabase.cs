using Microsoft.Data.Sqlite;
using Yaojian.Persistence;

namespace Yaojian.Testing;

/// <summary>A fresh SQLite file in a temporary folder of its own.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("yaojian-tests-");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.FullName, "yaojian.db") }.ConnectionString;

    // The app's migrations create the file.
    public override Task CreateAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; only this database's pool is cleared, other fixtures run alongside.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing a test over it is not.
        }

        return ValueTask.CompletedTask;
    }
}
