using BenchmarkDotNet.Running;
using Yaojian.Benchmarks;

// bench/run.sh starts a throwaway PostgreSQL and runs this in Release; any BenchmarkDotNet argument (--filter …) passes through.
BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, BenchConfig.Default);
