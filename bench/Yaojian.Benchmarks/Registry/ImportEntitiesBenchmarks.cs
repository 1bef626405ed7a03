using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Benchmarks.Data;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Benchmarks.Registry;

/// <summary>
/// <c>ImportEntities</c> of the 100,000-row demo file into an empty database (only the units exist), as
/// <c>yaojian import entities</c> runs it: read, check every row, write in one transaction.
/// </summary>
[Config(typeof(ImportConfig))]
[MemoryDiagnoser]
public class ImportEntitiesBenchmarks
{
    private byte[] _file = [];
    private IServiceProvider _services = null!;

    public static IEnumerable<BenchProvider> Providers => BenchDatabases.Available;

    [ParamsSource(nameof(Providers))]
    public BenchProvider Provider { get; set; }

    [Params(SheetFormat.Csv, SheetFormat.Xlsx)]
    public SheetFormat Format { get; set; }

    [GlobalSetup]
    public void LoadFile() => _file = BenchFiles.LoadAsync(Format).GetAwaiter().GetResult();

    [IterationSetup]
    public void CreateEmptyDatabase() => _services = BenchDatabases.CreateEmptyAsync(Provider, "import").GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> Import100k()
    {
        using var stream = new MemoryStream(_file, writable: false);
        var result = await _services.GetRequiredService<ImportEntities>()
            .ImportAsync(stream, "entities" + BenchFiles.Extension(Format));
        return result.Succeeded && result.Created == BenchFiles.Rows
            ? result.Created
            : throw new InvalidOperationException($"The import did not create every row: {result.Created} created, " +
                string.Join("; ", result.Errors.Take(5)));
    }
}
