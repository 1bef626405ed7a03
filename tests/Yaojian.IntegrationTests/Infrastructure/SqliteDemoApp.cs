using Yaojian.Persistence;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The app on a SQLite file seeded with the demo county; one per test class (an xunit class fixture).</summary>
public sealed class SqliteDemoApp() : YaojianAppFactory(DatabaseProvider.Sqlite, new YaojianAppOptions { SeedDemo = true }), IAsyncLifetime;
