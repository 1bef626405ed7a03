using Yaojian.Persistence;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>The app on a new PostgreSQL database of its own; one per test class (an xunit class fixture).</summary>
public sealed class PostgresApp() : YaojianAppFactory(DatabaseProvider.Postgres), IAsyncLifetime;
