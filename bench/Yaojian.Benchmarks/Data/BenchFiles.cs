using Microsoft.Extensions.DependencyInjection;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Benchmarks.Data;

/// <summary>
/// The 100,000-row interchange files, made the way a user would: the demo county seeded by <c>SeedDemoCounty</c>
/// (as <c>yaojian demo --entities 100000</c>) and written by <c>ExportEntities</c> (as <c>yaojian export entities</c>).
/// </summary>
public static class BenchFiles
{
    public const int Rows = 100_000;

    public static async Task<byte[]> LoadAsync(SheetFormat format)
    {
        var path = Path.Combine(BenchPaths.Cache, $"entities-{Rows}-{DemoFingerprint.For(Rows)}{Extension(format)}");
        if (!File.Exists(path))
        {
            var source = await BenchDatabases.SeededAsync(BenchProvider.Sqlite, Rows);
            var partial = path + ".partial";
            await using (var stream = File.Create(partial))
            {
                await source.GetRequiredService<ExportEntities>().ExportAsync(stream, format);
            }

            File.Move(partial, path, overwrite: true);
            foreach (var stale in Directory.EnumerateFiles(BenchPaths.Cache, $"entities-{Rows}*{Extension(format)}").Where(f => f != path))
            {
                File.Delete(stale);
            }
        }

        return await File.ReadAllBytesAsync(path);
    }

    public static string Extension(SheetFormat format) => format switch
    {
        SheetFormat.Csv => ".csv",
        SheetFormat.Xlsx => ".xlsx",
    };
}
