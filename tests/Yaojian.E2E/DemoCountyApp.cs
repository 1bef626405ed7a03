using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Yaojian.E2E;

/// <summary>The web app on real Kestrel (a browser needs a socket), SQLite in a temp file, with the demo county.</summary>
public sealed class DemoCountyApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("yaojian-e2e-").FullName;

    /// <summary>Every demo account's password in these tests; made up per run, never a real secret.</summary>
    public string DemoPassword { get; } = "E2e-" + Guid.NewGuid().ToString("N")[..12] + "Aa1";

    public string BaseAddress { get; private set; } = string.Empty;

    public ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/";
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:Yaojian", $"Data Source={Path.Combine(_folder, "e2e.db")}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:RandomSeed", "2025");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("urls", "http://127.0.0.1:0");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
