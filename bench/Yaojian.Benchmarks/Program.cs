using BenchmarkDotNet.Running;
using Yaojian.Benchmarks;
using Yaojian.Benchmarks.Planning;

// `plan-files`: only write the plan benchmarks' input files to bench/.cache (the files the CLI measurement in
// docs/benchmarks.md reads) and stop: half a minute, where running PlanGenerate to get them takes minutes.
if (args.Contains("plan-files", StringComparer.Ordinal))
{
    foreach (var plan in CityPlans.Names)
    {
        Console.WriteLine(CityPlans.Write(plan));
    }

    var files = CityFiles.Ensure(CityRegistry.Generate());
    Console.WriteLine(string.Join(Environment.NewLine, files.Entities, files.Inspectors, files.History));
    return;
}

// bench/run.sh starts a throwaway PostgreSQL and runs this in Release; any BenchmarkDotNet argument (--filter …) passes through.
BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, BenchConfig.Default);
