using BenchmarkDotNet.Attributes;
using Yaojian.Core.Planning;

namespace Yaojian.Benchmarks.Planning;

/// <summary>
/// <c>PlanEngine.Schedule</c> at the scale: a million entities, five thousand inspectors over 58 units (50
/// stations), about two million past inspections, for each of the two city plans (<see cref="CityPlans"/>). The
/// inputs are in memory, as the CLI holds them once its files are read; <see cref="PlanGenerateBenchmarks"/> adds
/// the files.
/// </summary>
[Config(typeof(PlanConfig))]
[MemoryDiagnoser]
public class PlanEngineBenchmarks
{
    /// <summary>The published seed of the draw; any number does.</summary>
    public const long DrawSeed = 20250101;

    private CityRegistry _registry = null!;
    private PlanDefinition _plan = null!;
    private PlanOutcome? _last;

    public static IEnumerable<string> Plans => CityPlans.Names;

    [ParamsSource(nameof(Plans))]
    public string Plan { get; set; } = CityPlans.Kazuo;

    [GlobalSetup]
    public void Setup()
    {
        _registry = CityRegistry.Generate();
        _plan = CityPlans.Load(Plan);
        Console.WriteLine($"// {Plan}: {_registry.Entities.Count:N0} entities, {_registry.Inspectors.Count:N0} inspectors in " +
            $"{_plan.Jurisdiction.Units.Count} units, {_registry.History.Count:N0} past inspections");
        PeakMemory.InputsLoaded(PeakMemory.Key(nameof(Schedule1M), Plan));
    }

    [IterationSetup]
    public void StartIteration()
    {
        _last = null;
        PeakMemory.StartIteration();
    }

    [IterationCleanup]
    public void EndIteration()
    {
        PeakMemory.EndIteration(PeakMemory.Key(nameof(Schedule1M), Plan));
        if (_last is { } outcome)
        {
            Console.WriteLine($"// {Plan}: {outcome.Visits.Count:N0} visits of {outcome.Visits.Select(v => v.EntityCode).Distinct(StringComparer.Ordinal).Count():N0} entities");
            _last = null;
        }
    }

    [Benchmark]
    public int Schedule1M()
    {
        var outcome = PlanEngine.Schedule(new PlanRequest(_plan, CityPlans.Year, DrawSeed, _registry.Entities, _registry.Inspectors, _registry.History));
        if (!outcome.IsComplete)
        {
            throw new InvalidOperationException("Units short of inspectors: " + string.Join("; ", outcome.Shortfalls));
        }

        _last = outcome;
        return outcome.Visits.Count;
    }
}
