using Yaojian.Persistence;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The app on real Kestrel over a SQLite file; one per test class (an xunit class fixture).</summary>
public sealed class SqliteKestrelApp() : YaojianAppFactory(DatabaseProvider.Sqlite, new YaojianAppOptions { Kestrel = true }), IAsyncLifetime;
