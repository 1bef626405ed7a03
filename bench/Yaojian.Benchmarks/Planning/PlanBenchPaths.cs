namespace Yaojian.Benchmarks.Planning;

/// <summary>The repository root, where plans/*.yaml are read from (the cache folder is <see cref="Data.BenchPaths"/>).</summary>
public static class PlanBenchPaths
{
    public static string Repository { get; } = FindRepository();

    private static string FindRepository()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Yaojian.slnx")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: plans/*.yaml are read from it.");
    }
}
