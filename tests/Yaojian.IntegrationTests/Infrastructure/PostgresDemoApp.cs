using Yaojian.Persistence;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The app on a PostgreSQL database seeded with the demo county; one per test class (an xunit class fixture).</summary>
public sealed class PostgresDemoApp() : YaojianAppFactory(DatabaseProvider.Postgres, new YaojianAppOptions { SeedDemo = true }), IAsyncLifetime;
