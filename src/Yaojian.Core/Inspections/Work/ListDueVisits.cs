using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Work;

/// <summary>
/// The visits the caller's units have to make now (the workbench's part of <see cref="ListInspectionWork"/>). Everyone
/// of a scope opening the workbench asks the same (the year's open visits counted, the first fifty sorted by deadline
/// and address), so the answer is kept in <see cref="VersionedCache"/> per scope, inspector and day until the data changes.
/// </summary>
internal static class ListDueVisits
{
    public const int MaxDue = 50;

    /// <summary>The due visits at data <paramref name="version"/> (<see cref="VersionedCache.VersionAsync"/>, read by the caller first).</summary>
    public static async Task<DueVisits> KeptAsync(
        YaojianDb db, VersionedCache cache, string version, Caller caller, DateOnly today, CancellationToken cancellationToken)
    {
        // Which inspector the caller is, kept too: a cached answer then costs no query at all.
        var me = await cache.GetAsync(
            "inspector-of:" + caller.UserName, version,
            () => db.Inspectors.AsNoTracking().Where(i => i.UserName == caller.UserName).Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken),
            cancellationToken);
        var key = string.Create(CultureInfo.InvariantCulture, $"due-visits:{today:yyyy-MM-dd}:{me}:{VersionedCache.Scope(caller)}");
        return await cache.GetAsync(key, version, () => ComputeAsync(db, me, today, cancellationToken), cancellationToken);
    }

    private static async Task<DueVisits> ComputeAsync(YaojianDb db, int? me, DateOnly today, CancellationToken cancellationToken)
    {
        // The year's plan first, so the open visits are read by (plan, status, deadline) through its index; the
        // caller's own visits come first, then the others, each in deadline order — two short reads, not a sort of the year.
        var planId = await db.Plans.Where(p => p.Year == today.Year).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var open = db.PlanVisits.AsNoTracking().Where(v => v.PlanId == planId && v.Status == VisitStatus.Planned && v.WindowStart <= today);
        var total = await open.CountAsync(cancellationToken);
        var visits = me is { } mine
            ? await RowsAsync(db, open.Where(v => v.Inspectors.Any(i => i.InspectorId == mine)), MaxDue, cancellationToken)
            : [];
        if (visits.Count < MaxDue)
        {
            var others = me is { } id ? open.Where(v => !v.Inspectors.Any(i => i.InspectorId == id)) : open;
            visits.AddRange(await RowsAsync(db, others, MaxDue - visits.Count, cancellationToken));
        }

        var ruleNames = await RuleNamesAsync(db, today.Year, cancellationToken);
        var due = visits.Select(v => new DueVisit(
            v.Id, v.EntityId, v.Name, v.Kind, v.Township, v.Address, v.WindowStart, v.WindowEnd,
            v.RuleIds.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(r => ruleNames.GetValueOrDefault(r, r)).ToList(),
            v.Inspectors.Select(i => i.Name).ToList(),
            me is not null && v.Inspectors.Any(i => i.InspectorId == me),
            v.WindowEnd < today,
            v.Draft)).ToList();
        return new DueVisits(today, due, total);
    }

    private static async Task<List<DueRow>> RowsAsync(YaojianDb db, IQueryable<PlanVisit> visits, int take, CancellationToken cancellationToken)
    {
        // A year's visits share a dozen deadlines: read the deadline of the last row wanted from the index, then sort
        // only the visits due by then (by township and address), not the whole year.
        var last = await visits.OrderBy(v => v.WindowEnd).Select(v => (DateOnly?)v.WindowEnd).Skip(take - 1).FirstOrDefaultAsync(cancellationToken);
        if (last is { } by)
        {
            visits = visits.Where(v => v.WindowEnd <= by);
        }

        var rows = await visits.OrderBy(v => v.WindowEnd).ThenBy(v => v.Entity!.Township).ThenBy(v => v.Entity!.Address).ThenBy(v => v.Id)
            .Take(take)
            .Select(v => new DueRow(
                v.Id,
                v.EntityId,
                v.Entity!.Name,
                v.Entity.Kind,
                v.Entity.Township,
                v.Entity.Address,
                v.WindowStart,
                v.WindowEnd,
                v.RuleIds,
                new List<DueInspector>(),
                db.Inspections.Where(i => i.PlanVisitId == v.Id && i.Status == InspectionStatus.Draft).Select(i => (int?)i.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var inspectors = await VisitInspectorLookup.ReadAsync(db, rows.Select(r => r.Id).ToList(), cancellationToken);
        foreach (var row in rows)
        {
            row.Inspectors.AddRange(inspectors[row.Id].OrderBy(i => i.Id).Select(i => new DueInspector(i.Id, i.Name)));
        }

        return rows;
    }

    private static async Task<Dictionary<string, string>> RuleNamesAsync(YaojianDb db, int year, CancellationToken cancellationToken) =>
        await PlanInputs.PlanFileAsync(db, year, cancellationToken) is { } found
            ? found.Plan.SchedulingRules.DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal)
            : [];

    private sealed record DueInspector(int InspectorId, string Name);

    private sealed record DueRow(
        int Id, int EntityId, string Name, Registry.EntityKind Kind, string? Township, string? Address, DateOnly WindowStart, DateOnly WindowEnd,
        string RuleIds, List<DueInspector> Inspectors, int? Draft);
}
