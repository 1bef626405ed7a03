using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions.Storage;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>Loads stored dispositions and shows them.</summary>
internal static class DispositionViews
{
    public static IQueryable<DispositionRecord> WithEvents(YaojianDb db) => db.Dispositions.Include(d => d.Events);

    public static async Task<DispositionView> ViewAsync(YaojianDb db, DispositionRecord record, DateOnly today, CancellationToken cancellationToken)
    {
        var names = await db.Entities.IgnoreQueryFilters().Where(e => e.Id == record.EntityId)
            .Select(e => new { e.Name, Unit = db.Units.Where(u => u.Id == record.UnitId).Select(u => u.Name).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var disposition = DispositionStorage.ToAggregate(record);
        return new DispositionView(record.Id, record.Kind, record.State, record.Deadline, disposition.IsOverdue(today), record.EntityId,
            names.Name, names.Unit ?? string.Empty, record.InspectionId, record.FindingId, record.Receiver, disposition.PermittedTriggers, disposition.Events);
    }
}
