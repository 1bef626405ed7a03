using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>Loads stored dispositions and shows them, with the names behind their ids read once per list.</summary>
internal static class DispositionViews
{
    public static IQueryable<DispositionRecord> WithEvents(YaojianDb db) => db.Dispositions.Include(d => d.Events);

    public static async Task<DispositionView> ViewAsync(YaojianDb db, DispositionRecord record, DateOnly today, CancellationToken cancellationToken) =>
        (await ViewsAsync(db, [record], today, cancellationToken))[0];

    /// <summary>
    /// The views of records already in the caller's scope. What they point to is read past the query filters: an entity
    /// of another unit may be followed up by this one (a squad's or an office's inspection), and that is no leak.
    /// </summary>
    public static async Task<IReadOnlyList<DispositionView>> ViewsAsync(
        YaojianDb db, IReadOnlyList<DispositionRecord> records, DateOnly today, CancellationToken cancellationToken)
    {
        var entityIds = records.Select(r => r.EntityId).Distinct().ToList();
        var unitIds = records.Select(r => r.UnitId).Distinct().ToList();
        var inspectionIds = records.Select(r => r.InspectionId).OfType<int>().Distinct().ToList();
        var findingIds = records.Select(r => r.FindingId).OfType<int>().Distinct().ToList();
        var entities = await db.Entities.IgnoreQueryFilters().Where(e => entityIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Name }).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var units = await db.Units.Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var numbers = await db.Inspections.IgnoreQueryFilters().Where(i => inspectionIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Number }).ToDictionaryAsync(i => i.Id, i => i.Number, cancellationToken);
        var findings = await db.Findings.Where(f => findingIds.Contains(f.Id))
            .Select(f => new { f.Id, f.Description, f.Severity }).ToDictionaryAsync(f => f.Id, cancellationToken);
        var names = await ResolveDisplayNames.InAsync(db, records.SelectMany(r => r.Events).Select(e => e.Actor), cancellationToken);
        return
        [
            .. records.Select(record =>
            {
                var disposition = DispositionStorage.ToAggregate(record);
                var finding = record.FindingId is { } findingId ? findings[findingId] : null;
                return new DispositionView(
                    record.Id, record.Kind, record.State, record.Deadline, disposition.IsOverdue(today),
                    record.EntityId, entities[record.EntityId], record.UnitId, units.GetValueOrDefault(record.UnitId, string.Empty),
                    record.InspectionId, record.InspectionId is { } inspectionId ? numbers[inspectionId] : null,
                    record.FindingId, finding?.Description, finding?.Severity,
                    record.Receiver, disposition.PermittedTriggers, disposition.Events,
                    disposition.Events.Select(e => e.Actor).Distinct(StringComparer.Ordinal).ToDictionary(a => a, a => names.GetValueOrDefault(a, a), StringComparer.Ordinal));
            }),
        ];
    }
}
