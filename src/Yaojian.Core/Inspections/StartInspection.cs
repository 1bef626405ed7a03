using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>Opens a draft record, from a planned visit or ad hoc, in the caller's units, with at least two inspectors.</summary>
public sealed class StartInspection(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<InspectionOutcome> RunAsync(Caller caller, StartInspectionInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.RecordInspections))
        {
            return InspectionOutcome.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        int entityId, unitId;
        List<int> inspectorIds;
        string[] ruleIds = [];
        if (input.PlanVisitId is { } visitId)
        {
            var visit = await db.PlanVisits.Include(v => v.Inspectors).SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken);
            if (visit is null)
            {
                return InspectionOutcome.Missing;
            }

            // One record per planned visit: a second start (another officer's phone, a resend) is pointed to the first.
            if (await db.Inspections.Where(i => i.PlanVisitId == visitId && i.Status == InspectionStatus.Draft).Select(i => i.Number).FirstOrDefaultAsync(cancellationToken) is { } begun)
            {
                return InspectionOutcome.Invalid(string.Format(CultureInfo.CurrentCulture, Text.Inspection_VisitBegun, begun));
            }

            (entityId, unitId, ruleIds) = (visit.EntityId, visit.UnitId, visit.RuleIds.Split(';'));
            inspectorIds = input.InspectorIds.Count > 0 ? input.InspectorIds.ToList() : visit.Inspectors.Select(i => i.InspectorId).ToList();
        }
        else
        {
            var entity = await db.Entities.SingleOrDefaultAsync(e => e.Id == input.EntityId, cancellationToken);
            if (entity is null)
            {
                return InspectionOutcome.Missing;
            }

            (entityId, unitId, inspectorIds) = (entity.Id, caller.UnitId is { } own && !caller.Scope.AllUnits ? own : entity.UnitId, input.InspectorIds.ToList());
        }

        var inspectors = await db.Inspectors.AsNoTracking().Include(i => i.Conflicts).Where(i => inspectorIds.Contains(i.Id)).ToListAsync(cancellationToken);
        var errors = new List<string>();
        if (inspectors.Count < InspectionRules.MinimumInspectors || inspectors.Count != inspectorIds.Distinct().Count())
        {
            errors.Add(Text.Inspection_TooFewInspectors);
        }

        errors.AddRange(inspectors.Where(i => i.Conflicts.Any(c => c.EntityId == entityId)).Select(i => string.Format(CultureInfo.CurrentCulture, Text.Plan_InspectorConflict, i.Name)));
        errors.AddRange(inspectors.Where(i => !i.Active).Select(i => string.Format(CultureInfo.CurrentCulture, Text.Inspection_InspectorInactive, i.Name)));

        // The lead unit's officers inspect; a joint inspection (联合检查) brings others, led by at least one of its own.
        var ownOfficers = inspectors.Count(i => i.UnitId == unitId);
        if (input.Mode == InspectionMode.Joint ? ownOfficers == 0 : ownOfficers != inspectors.Count)
        {
            var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
            errors.Add(string.Format(CultureInfo.CurrentCulture, Text.Inspection_InspectorsOfLeadUnit, unitName));
        }

        if (errors.Count > 0)
        {
            return new InspectionOutcome(null, false, false, errors);
        }

        var now = clock.GetUtcNow();
        var (checklists, items) = input.Items.Count > 0
            ? (null, input.Items)
            : await PlanChecklists.ForAsync(db, entityId, clock.GetLocalNow().Year, ruleIds, cancellationToken);
        var inspection = new Inspection
        {
            Number = await NextNumberAsync(db, now.Year, cancellationToken),
            EntityId = entityId,
            UnitId = unitId,
            PlanVisitId = input.PlanVisitId,
            Mode = input.Mode,
            StartedAt = now,
            Representative = TextInput.Clean(input.Representative, 50),
            RepresentativeTitle = TextInput.Clean(input.RepresentativeTitle, 50),
            Checklists = checklists,
            CreatedBy = caller.UserName,
            Inspectors = inspectors.Select(i => new InspectionInspector { InspectorId = i.Id }).ToList(),
            Answers = items.DistinctBy(i => i.ItemId).Select(i => new ChecklistAnswer
            {
                ItemId = i.ItemId,
                ItemText = i.Text,
                Requirements = string.Join(';', i.Requirements),
                Heading = i.Heading is { Length: > 0 } heading ? heading[..Math.Min(heading.Length, 300)] : null,
            }).ToList(),
        };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(cancellationToken);
        var stored = await InspectionViews.LoadAsync(db, inspection.Id, cancellationToken);
        return InspectionOutcome.Of(await InspectionViews.DetailAsync(db, caller, stored!, cancellationToken));
    }

    // 检〔2025〕第000123号: numbered per year across all units (the number is what documents cite).
    private static async Task<string> NextNumberAsync(YaojianDb db, int year, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"检〔{year}〕第");
        var count = await db.Inspections.IgnoreQueryFilters().CountAsync(i => i.Version == 1 && i.Number.StartsWith(prefix), cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{count + 1:D6}号");
    }
}
