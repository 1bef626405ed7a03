using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Yaojian.Benchmarks.Planning;

/// <summary>
/// A plan of a million entities takes seconds: the import job's settings (monitoring, 1 warm-up, 3 measured runs,
/// in process) and the peak working set beside the allocations.
/// </summary>
public sealed class PlanConfig : ManualConfig
{
    public PlanConfig()
    {
        AddJob(BenchConfig.Import.WithId("Plan"));
        AddColumn(PeakMemoryColumn.Inputs, PeakMemoryColumn.Peak);
    }
}
