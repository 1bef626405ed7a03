using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>
/// Moves a planned visit or changes its inspectors, by hand and with a reason: the same rules as the draw hold (within
/// the year and the period its rules ask for, enough inspectors, all from the lead unit, none in conflict), and the
/// change is kept with its reason.
/// </summary>
public sealed class ChangeVisit(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<ChangeVisitResult> RunAsync(Caller caller, int visitId, VisitChangeInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManagePlans))
        {
            return ChangeVisitResult.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var visit = await db.PlanVisits.Include(v => v.Unit).Include(v => v.Inspectors).ThenInclude(i => i.Inspector).SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken);
        if (visit is null)
        {
            return ChangeVisitResult.Missing;
        }

        var plan = await db.Plans.AsNoTracking().Include(p => p.PlanFile).SingleAsync(p => p.Id == visit.PlanId, cancellationToken);
        var inspectors = await db.Inspectors.AsNoTracking().Include(i => i.Conflicts).Include(i => i.Unit)
            .Where(i => input.InspectorIds.Contains(i.Id)).ToListAsync(cancellationToken);
        var definition = Files.PlanFileReader.Read(plan.PlanFile!.FileName, plan.PlanFile.Yaml).Plan;
        var errors = Check(visit, plan.Year, input, inspectors, definition?.Draw.InspectorsPerVisit ?? 2);
        if (errors.Count == 0 && definition is not null)
        {
            errors.AddRange(VisitWindowRules.Problems(definition, visit.RuleIds.Split(';', StringSplitOptions.RemoveEmptyEntries), visit.WindowStart, input.WindowStart, input.WindowEnd));
        }

        if (errors.Count > 0)
        {
            return ChangeVisitResult.Invalid(errors);
        }

        var before = Describe(visit.WindowStart, visit.WindowEnd, visit.Inspectors.Select(i => i.Inspector!.Name));
        visit.WindowStart = input.WindowStart;
        visit.WindowEnd = input.WindowEnd;
        visit.Inspectors.RemoveAll(i => !input.InspectorIds.Contains(i.InspectorId));
        foreach (var id in input.InspectorIds.Distinct().Where(id => visit.Inspectors.All(i => i.InspectorId != id)))
        {
            visit.Inspectors.Add(new VisitInspector { InspectorId = id });
        }

        db.VisitChanges.Add(new VisitChange
        {
            VisitId = visit.Id,
            ChangedAt = clock.GetUtcNow(),
            ChangedBy = caller.UserName,
            Reason = input.Reason.Trim(),
            Before = before,
            After = Describe(input.WindowStart, input.WindowEnd, inspectors.Select(i => i.Name)),
        });
        await db.SaveChangesAsync(cancellationToken);
        return ChangeVisitResult.Done;
    }

    private static List<string> Check(PlanVisit visit, int year, VisitChangeInput input, List<Inspector> inspectors, int needed)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > 500)
        {
            errors.Add(Text.Plan_ReasonRequired);
        }

        if (visit.Status != VisitStatus.Planned)
        {
            errors.Add(Text.Plan_VisitNotPlanned);
        }

        if (input.WindowStart.Year != year || input.WindowEnd.Year != year || input.WindowStart > input.WindowEnd)
        {
            errors.Add(EnumText.Format(Text.Plan_WindowOutsideYear, year));
        }

        if (input.InspectorIds.Distinct().Count() < needed || inspectors.Count != input.InspectorIds.Distinct().Count())
        {
            errors.Add(EnumText.Format(Text.Plan_TooFewInspectors, needed));
        }

        foreach (var inspector in inspectors)
        {
            if (inspector.UnitId != visit.UnitId)
            {
                errors.Add(EnumText.Format(Text.Plan_InspectorNotInUnit, inspector.Name, visit.Unit?.Name));
            }

            if (inspector.Conflicts.Any(c => c.EntityId == visit.EntityId))
            {
                errors.Add(EnumText.Format(Text.Plan_InspectorConflict, inspector.Name));
            }
        }

        return errors;
    }

    private static string Describe(DateOnly start, DateOnly end, IEnumerable<string> names) =>
        string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd}~{end:yyyy-MM-dd} {string.Join('、', names)}");
}
