using Yaojian.Core.Security;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>
/// A registry test on the class's own app and database, emptied and given <see cref="TestUnits"/> before each test
/// (tests of one class run one at a time, classes in parallel on their own databases), signed in as a section chief,
/// who may read, write and import the whole registry.
/// </summary>
public abstract class RegistryTestBase(YaojianAppFactory app) : IAsyncLifetime
{
    private RegistryClient? _api;

    protected YaojianAppFactory App => app;

    protected RegistryClient Api => _api ?? throw new InvalidOperationException("The test has not been initialised.");

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        await app.ResetAsync(Cancel);
        await SignInAgainAsync();
    }

    /// <summary>A new token for <see cref="Api"/>: the old one expires when a test moves the app's clock an hour on.</summary>
    protected async Task SignInAgainAsync()
    {
        _api?.Dispose();
        _api = new RegistryClient(await app.CreateClientAsAsync(Roles.SectionChief, cancellationToken: Cancel));
    }

    public ValueTask DisposeAsync()
    {
        _api?.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Imports generated rows as a CSV file and returns them.</summary>
    protected async Task<IReadOnlyList<EntityFileRow>> ImportGeneratedAsync(int count, int seed = 1, string codePrefix = "T")
    {
        var rows = TestEntities.Generate(count, seed, codePrefix);
        var summary = await Api.ImportGoodAsync(EntityFile.Csv(rows), "setup.csv");
        Assert.Equal(count, summary.Created);
        return rows;
    }
}
