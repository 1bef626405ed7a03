namespace Yaojian.Benchmarks.Data;

/// <summary>Where seeded SQLite files and generated entity files are kept between runs (bench/.cache by default).</summary>
public static class BenchPaths
{
    public const string CacheVariable = "YAOJIAN_BENCH_CACHE";

    public static string Cache { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepositoryRoot(), "bench", ".cache")).FullName;

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Yaojian.slnx")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
