using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Yaojian.Core.Data;
using Yaojian.Core.Security;
using Yaojian.Persistence;

namespace Yaojian.Testing;

/// <summary>
/// The web app on a database of its own (a temp SQLite file or a new PostgreSQL database), with a fake clock at
/// <see cref="TestClock.Start"/> and the demo county off unless asked for. Call <see cref="InitializeAsync"/> first
/// (an xunit fixture does), which creates the database and starts the app, so its migrations run.
/// </summary>
public class YaojianAppFactory(DatabaseProvider provider, YaojianAppOptions? options = null) : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = TestDatabase.For(provider);

    public DatabaseProvider Provider => provider;

    public YaojianAppOptions Options { get; } = options ?? new YaojianAppOptions();

    /// <summary>The app's <see cref="TimeProvider"/>; advance it to let time pass.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.Create((options ?? new YaojianAppOptions()).Now);

    public string ConnectionString => _database.ConnectionString;

    /// <summary>The app's audit anchor file (<c>Audit:AnchorFile</c>), one per app, deleted with it.</summary>
    public string AuditAnchorFile { get; } = Path.Combine(Path.GetTempPath(), $"yaojian-anchors-{Guid.NewGuid():N}.log");

    /// <summary>The password of every account the tests create and of the demo accounts; made up per run.</summary>
    public string Password { get; } = "Test-" + Guid.NewGuid().ToString("N")[..10] + "Aa1";

    /// <summary>Where the app answers: a loopback address on Kestrel, the test server's otherwise.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    public virtual async ValueTask InitializeAsync()
    {
        await _database.CreateAsync();
        if (Options.Kestrel)
        {
            UseKestrel(0);
        }

        StartServer();
        if (Options.Kestrel)
        {
            BaseAddress = KestrelAddress();
        }
    }

    /// <summary>A context on the app's database, for arranging data and checking what the app wrote.</summary>
    public async Task<YaojianDb> CreateDbAsync(CancellationToken cancellationToken = default)
    {
        var db = await Services.GetRequiredService<IDbContextFactory<YaojianDb>>().CreateDbContextAsync(cancellationToken);
        db.Caller = Caller.System("system:test");
        return db;
    }

    /// <summary>Creates (once) an account with <paramref name="role"/> in <paramref name="unitCode"/> and returns its user name.</summary>
    public async Task<string> EnsureUserAsync(string role, string? unitCode = null, CancellationToken cancellationToken = default)
    {
        var userName = $"t-{role}-{unitCode ?? "all"}".Replace('_', '-');
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<YaojianUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var result = await scope.ServiceProvider.GetRequiredService<AddUser>().RunAsync(
                Caller.System("system:test"), new NewUser(userName, userName, role, unitCode, Password), cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{userName}: {string.Join("; ", result.Errors)}");
            }
        }

        return userName;
    }

    /// <summary>A client signed in through <c>/api/auth/login</c> as an account of the role (and unit).</summary>
    public async Task<HttpClient> CreateClientAsAsync(string role, string? unitCode = null, CancellationToken cancellationToken = default)
    {
        var userName = await EnsureUserAsync(role, unitCode, cancellationToken);
        var client = CreateClient();
        var token = await ApiLogin.TokenAsync(client, userName, Password, cancellationToken);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>Empties the registry and puts back <see cref="TestUnits"/>.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await CreateDbAsync(cancellationToken);
        await DatabaseReset.ResetAsync(db, cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        File.Delete(AuditAnchorFile);
        File.Delete(AuditAnchorFile + ".key");
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (Options.Environment is { } environment)
        {
            builder.UseEnvironment(environment);
        }

        foreach (var (key, value) in Options.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Database:Provider", _database.ProviderName);
        builder.UseSetting("ConnectionStrings:Yaojian", _database.ConnectionString);
        builder.UseSetting("Demo:Seed", Options.SeedDemo ? "true" : "false");
        builder.UseSetting("Demo:RandomSeed", Options.DemoRandomSeed.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("Audit:AnchorFile", AuditAnchorFile);

        // Recurring jobs would run on the wall clock in the middle of a test: tests call their handlers instead.
        builder.UseSetting("Jobs:Enabled", "false");
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            // A new database has no migrations table yet: EF logs the first query of it as an error every start.
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None)
            // The test server has no request size limit to apply to the import endpoint.
            .AddFilter("Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", LogLevel.Error));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);

            // Hashing as in production would cost a tenth of a second per sign-in; the tests sign in often.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.AddSingleton<IStartupFilter, TestRemoteAddress>();
        });
    }

    private Uri KestrelAddress()
    {
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        var address = addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        return new Uri(address.TrimEnd('/') + "/");
    }
}
