using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Planning;

/// <summary>Reads what the engine needs from the database: the registry, the inspectors with their conflicts, the history.</summary>
internal static class PlanInputs
{
    public static async Task<List<PlanEntity>> EntitiesAsync(YaojianDb db, CancellationToken cancellationToken) =>
        (await db.Entities.AsNoTracking()
            .Select(e => new { e.Code, e.Kind, Unit = e.Unit!.Code, e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags })
            .ToListAsync(cancellationToken))
        .Select(e => new PlanEntity(e.Code, e.Kind, e.Unit, e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags))
        .ToList();

    public static async Task<List<PlanInspector>> InspectorsAsync(YaojianDb db, CancellationToken cancellationToken)
    {
        var codes = await db.Entities.IgnoreQueryFilters().AsNoTracking().Select(e => new { e.Id, e.Code })
            .ToDictionaryAsync(e => e.Id, e => e.Code, cancellationToken);
        var inspectors = await db.Inspectors.AsNoTracking().Where(i => i.Active)
            .Select(i => new { i.Code, i.Name, Unit = i.Unit!.Code, Conflicts = i.Conflicts.Select(c => c.EntityId).ToList() })
            .ToListAsync(cancellationToken);
        return inspectors
            .Select(i => new PlanInspector(i.Code, i.Name, i.Unit, i.Conflicts.Select(id => codes[id]).ToHashSet(StringComparer.Ordinal)))
            .ToList();
    }

    public static async Task<List<PastInspection>> HistoryAsync(YaojianDb db, CancellationToken cancellationToken) =>
        (await db.InspectionHistory.AsNoTracking()
            .Join(db.Entities, h => h.EntityId, e => e.Id, (h, e) => new { e.Code, h.InspectedOn })
            .ToListAsync(cancellationToken))
        .Select(h => new PastInspection(h.Code, h.InspectedOn))
        .ToList();

    public static async Task<(StoredPlanFile File, PlanDefinition Plan)?> PlanFileAsync(YaojianDb db, int year, CancellationToken cancellationToken)
    {
        var file = await db.PlanFiles.AsNoTracking().Where(p => p.Year == year).OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        return file is null ? null : (file, ParsedPlanFiles.Read(file)!);
    }

    /// <summary>The plan file in force in <paramref name="year"/>: the year's own, or else the latest of an earlier year
    /// (a bureau whose new plan is not loaded yet still works by the last one).</summary>
    public static async Task<PlanDefinition?> PlanInForceAsync(YaojianDb db, int year, CancellationToken cancellationToken)
    {
        // Read once per context and year: a request asks several areas for their sections of the same plan (limits,
        // grading rules, the bureau's name), and a sheet of results grades and opens clues row by row.
        var years = PlansInForce.GetValue(db, _ => []);
        if (!years.TryGetValue(year, out var plan))
        {
            var file = await db.PlanFiles.AsNoTracking().Where(p => p.Year <= year)
                .OrderByDescending(p => p.Year).ThenByDescending(p => p.Id).Select(p => new { p.Id, p.Sha256 }).FirstOrDefaultAsync(cancellationToken);
            plan = file is null ? null : await ParsedPlanFiles.ReadAsync(db, file.Id, file.Sha256, cancellationToken);
            years[year] = plan;
        }

        return plan;
    }

    private static readonly ConditionalWeakTable<YaojianDb, Dictionary<int, PlanDefinition?>> PlansInForce = [];
}
