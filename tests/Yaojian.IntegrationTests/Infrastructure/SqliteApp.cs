using Yaojian.Persistence;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The app on a SQLite file of its own; one per test class (an xunit class fixture).</summary>
public sealed class SqliteApp() : YaojianAppFactory(DatabaseProvider.Sqlite), IAsyncLifetime;
