using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Planning;

/// <summary>
/// The plans of the stored plan files, each read once per process: a stored file never changes (loading a file adds
/// a row), and the workbench, the plan pages and the limits of cases all need the plan on every request. A 36 KB file
/// took milliseconds of CPU to read, per request.
/// </summary>
internal static class ParsedPlanFiles
{
    private const int MaxKept = 32;

    private static readonly ConcurrentDictionary<(int Id, string Sha256), PlanDefinition?> Kept = new();

    public static PlanDefinition? Read(StoredPlanFile file)
    {
        if (Kept.TryGetValue((file.Id, file.Sha256), out var plan))
        {
            return plan;
        }

        if (Kept.Count >= MaxKept)
        {
            Kept.Clear();
        }

        plan = Files.PlanFileReader.Read(file.FileName, file.Yaml).Plan;
        Kept[(file.Id, file.Sha256)] = plan;
        return plan;
    }

    /// <summary>The plan of stored file <paramref name="id"/>: from memory once read, its YAML (36 KB) fetched only before.</summary>
    public static async Task<PlanDefinition?> ReadAsync(YaojianDb db, int id, string sha256, CancellationToken cancellationToken) =>
        Kept.TryGetValue((id, sha256), out var plan)
            ? plan
            : Read(await db.PlanFiles.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken));
}
