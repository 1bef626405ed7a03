using BenchmarkDotNet.Configs;

namespace Yaojian.Benchmarks.Registry;

public sealed class QueryConfig : ManualConfig
{
    public QueryConfig() => AddJob(BenchConfig.Query);
}
