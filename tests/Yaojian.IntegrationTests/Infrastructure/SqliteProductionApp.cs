using Yaojian.Persistence;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The app in the Production environment on real Kestrel over a SQLite file; one per test class.</summary>
public sealed class SqliteProductionApp() : YaojianAppFactory(DatabaseProvider.Sqlite, new YaojianAppOptions { Kestrel = true, Environment = "Production" }), IAsyncLifetime;
