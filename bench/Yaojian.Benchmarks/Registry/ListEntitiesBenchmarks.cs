using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Yaojian.Benchmarks.Data;
using Yaojian.Core.Demo;
using Yaojian.Core.Registry;

namespace Yaojian.Benchmarks.Registry;

/// <summary>
/// The registry list (<c>ListEntities</c>: count + one page of 20) as a station's inspector uses it: retail pharmacies
/// of one station with grade B, and a search for a trade name, each on page 1 and on the last page.
/// </summary>
[Config(typeof(QueryConfig))]
[MemoryDiagnoser]
public class ListEntitiesBenchmarks
{
    /// <summary>A trade name (字号), as an inspector types it; about 1% of the demo county's names hold it.</summary>
    public const string SearchText = "仁和";

    /// <summary>The urban station: the demo county's busiest, holding two street offices (街道).</summary>
    private const string DemoStation = "dachengzi-station";

    private ListEntities _list = null!;
    private EntityFilter _filterFirst = new();
    private EntityFilter _filterLast = new();
    private EntityFilter _searchFirst = new();
    private EntityFilter _searchLast = new();

    public static IEnumerable<BenchProvider> Providers => BenchDatabases.Available;

    [ParamsSource(nameof(Providers))]
    public BenchProvider Provider { get; set; }

    [Params(100_000, 1_000_000)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var services = BenchDatabases.SeededAsync(Provider, Entities).GetAwaiter().GetResult();
        _list = services.GetRequiredService<ListEntities>();
        _filterFirst = new EntityFilter
        {
            Kind = EntityKind.RetailPharmacy,
            UnitCode = DemoStation,
            Grade = CreditGrade.B,
        };
        _searchFirst = new EntityFilter { Search = SearchText };
        var filtered = _list.RunAsync(_filterFirst).GetAwaiter().GetResult();
        var searched = _list.RunAsync(_searchFirst).GetAwaiter().GetResult();
        _filterLast = _filterFirst with { Page = filtered.PageCount };
        _searchLast = _searchFirst with { Page = searched.PageCount };
        Console.WriteLine($"// {Provider} {Entities:N0}: filter matches {filtered.Total:N0} ({filtered.PageCount:N0} pages), " +
            $"search '{SearchText}' matches {searched.Total:N0} ({searched.PageCount:N0} pages)");
    }

    [Benchmark]
    public Task<int> FilterPage1() => RunAsync(_filterFirst);

    [Benchmark]
    public Task<int> FilterLastPage() => RunAsync(_filterLast);

    [Benchmark]
    public Task<int> SearchPage1() => RunAsync(_searchFirst);

    [Benchmark]
    public Task<int> SearchLastPage() => RunAsync(_searchLast);

    private async Task<int> RunAsync(EntityFilter filter) => (await _list.RunAsync(filter)).Items.Count;
}
