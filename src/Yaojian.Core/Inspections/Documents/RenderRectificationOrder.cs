using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Registry;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Documents;

/// <summary>
/// The 责令改正通知书 of a rectification order of the caller's units, as a .docx: the finding it was issued for (or all of
/// its record's findings), its deadline as it stands now, issued on the day of its Issue event. Not found: another unit's
/// disposition, another kind, or an order not issued from an inspection (it has no record number to cite).
/// </summary>
public sealed class RenderRectificationOrder(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<RenderedDocument?> RunAsync(Caller caller, int dispositionId, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var order = await db.Dispositions.Include(d => d.Events).AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == dispositionId && d.Kind == DispositionKind.RectificationOrder, cancellationToken);
        if (order is not { InspectionId: { } inspectionId, Deadline: { } deadline })
        {
            return null;
        }

        var inspection = await db.Inspections.Include(i => i.Findings).AsNoTracking().SingleOrDefaultAsync(i => i.Id == inspectionId, cancellationToken);
        var findings = inspection?.Findings.Where(f => order.FindingId is not { } only || f.Id == only).OrderBy(f => f.Id).Select(FindingLine.Of).ToList();
        if (inspection is null || findings is not { Count: > 0 })
        {
            return null;
        }

        var entity = await db.Entities.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == order.EntityId, cancellationToken);
        var issued = TimeZoneInfo.ConvertTime(order.Events.Where(e => e.Trigger == DispositionTrigger.Issue).Min(e => e.At), clock.LocalTimeZone);
        var year = TimeZoneInfo.ConvertTime(inspection.StartedAt, clock.LocalTimeZone).Year;
        var input = new RectificationOrderInput
        {
            BureauName = await BureauNames.ForAsync(db, year, inspection.UnitId, cancellationToken),
            RecordNumber = inspection.Number,
            EntityName = entity.Name,
            Findings = findings,
            Deadline = deadline,
            IssuedOn = DateOnly.FromDateTime(issued.DateTime),
            Sequence = 1 + await db.Dispositions.IgnoreQueryFilters()
                .CountAsync(d => d.InspectionId == inspectionId && d.Kind == DispositionKind.RectificationOrder && d.Id < order.Id, cancellationToken),
        };
        if (entity.Kind == EntityKind.DeviceOperator)
        {
            input = input with { LegalBasis = Text.Document_DeviceLegalBasis };
        }

        return RenderedDocument.Docx(RectificationOrderDocument.Title, RectificationOrderDocument.NumberFor(inspection.Number, input.Sequence), RectificationOrderDocument.Create(input));
    }
}
