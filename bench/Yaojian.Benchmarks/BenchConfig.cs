using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Yaojian.Benchmarks;

/// <summary>
/// Jobs sized so that the whole run takes minutes on 2 cores. In-process: the seeded databases and the generated files
/// are made once and shared by every case, and the repository's strict build settings do not meet BenchmarkDotNet's
/// generated project.
/// </summary>
public static class BenchConfig
{
    public static IConfig Default { get; } = DefaultConfig.Instance;

    private static InProcessEmitToolchain Toolchain { get; } = new(TimeSpan.FromMinutes(60), logOutput: true);

    /// <summary>An import takes tens of seconds: each run is measured once, a few times over, after one warm-up.</summary>
    public static Job Import { get; } = Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithToolchain(Toolchain)
        .WithId("Import");

    /// <summary>A list query takes milliseconds: the usual pilot and many invocations, but few iterations.</summary>
    public static Job Query { get; } = Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(8)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
        .WithToolchain(Toolchain)
        .WithId("Query");
}
