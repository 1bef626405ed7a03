using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Work;

/// <summary>
/// Prepares the start of a record for a planned visit or, ad hoc, for an entity: the same lead unit and proposed
/// officers that <see cref="StartInspection"/> would take, so the form shows what will be recorded.
/// </summary>
public sealed class PrepareInspection(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<InspectionStart?> RunAsync(Caller caller, int? visitId, int? entityId, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.RecordInspections))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var visit = visitId is { } v
            ? await db.PlanVisits.AsNoTracking().Where(p => p.Id == v)
                .Select(p => new { p.Id, p.EntityId, p.UnitId, p.WindowStart, p.WindowEnd, Inspectors = p.Inspectors.Select(i => i.InspectorId).ToList() })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        var id = visit?.EntityId ?? entityId;
        var entity = id is null ? null : await db.Entities.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.Id, e.Name, e.Kind, e.Address, e.LegalRepresentative, e.UnitId })
            .SingleOrDefaultAsync(cancellationToken);
        if (entity is null || (visitId is not null && visit is null))
        {
            return null;
        }

        var unitId = visit?.UnitId ?? (caller.UnitId is { } own && !caller.Scope.AllUnits ? own : entity.UnitId);
        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var options = await db.Inspectors.AsNoTracking().Where(i => i.UnitId == unitId && i.Active).OrderBy(i => i.Code)
            .Select(i => new InspectorOption(i.Id, i.Code, i.Name, i.Conflicts.Select(c => c.EntityId).ToList()))
            .ToListAsync(cancellationToken);
        var me = await db.Inspectors.AsNoTracking().Where(i => i.UnitId == unitId && i.UserName == caller.UserName).Select(i => i.Id).ToListAsync(cancellationToken);
        var draft = visit is null ? null
            : await db.Inspections.Where(i => i.PlanVisitId == visit.Id && i.Status == InspectionStatus.Draft).Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
        return new InspectionStart(entity.Id, entity.Name, entity.Kind, entity.Address, entity.LegalRepresentative, unitName,
            visit?.Id, visit?.WindowStart, visit?.WindowEnd, options, visit?.Inspectors ?? me, draft);
    }
}
