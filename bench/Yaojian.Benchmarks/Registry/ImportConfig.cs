using BenchmarkDotNet.Configs;

namespace Yaojian.Benchmarks.Registry;

public sealed class ImportConfig : ManualConfig
{
    public ImportConfig() => AddJob(BenchConfig.Import);
}
