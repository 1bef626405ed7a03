using Yaojian.Persistence;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The app on real Kestrel over a PostgreSQL database; one per test class (an xunit class fixture).</summary>
public sealed class PostgresKestrelApp() : YaojianAppFactory(DatabaseProvider.Postgres, new YaojianAppOptions { Kestrel = true }), IAsyncLifetime;
