using Yaojian.Persistence;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The app in the Production environment on real Kestrel over a new PostgreSQL database; one per test class.</summary>
public sealed class PostgresProductionApp() : YaojianAppFactory(DatabaseProvider.Postgres, new YaojianAppOptions { Kestrel = true, Environment = "Production" }), IAsyncLifetime;
