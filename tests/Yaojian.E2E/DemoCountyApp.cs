using Yaojian.Persistence;
using Yaojian.Testing;

namespace Yaojian.E2E;

/// <summary>The web app on real Kestrel (a browser needs a socket), SQLite in a temp file, with the demo county.</summary>
public sealed class DemoCountyApp() : YaojianAppFactory(DatabaseProvider.Sqlite, new YaojianAppOptions { SeedDemo = true, Kestrel = true }), IAsyncLifetime
{
    public string DemoPassword => Password;
}
