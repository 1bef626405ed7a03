using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>
/// Draws a year's inspection plan from the registry, the year's plan file, the inspectors and the history, with the
/// seed announced beforehand (双随机). A draft is replaced by a new draw; a published plan never is.
/// </summary>
public sealed class GeneratePlan(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<GeneratePlanResult> RunAsync(Caller caller, int year, long seed, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManagePlans) || !caller.Scope.AllUnits)
        {
            return new GeneratePlanResult(null, 0, 0, [], Forbidden: true);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var found = await PlanInputs.PlanFileAsync(db, year, cancellationToken);
        if (found is null)
        {
            return GeneratePlanResult.Refused(EnumText.Format(Text.Plan_NoPlanFile, year));
        }

        var (file, plan) = found.Value;
        var existing = await db.Plans.SingleOrDefaultAsync(p => p.Year == year, cancellationToken);
        if (existing?.Status == PlanStatus.Published)
        {
            return GeneratePlanResult.Refused(EnumText.Format(Text.Plan_AlreadyPublished, year));
        }

        var request = new PlanRequest(plan, year, seed,
            await PlanInputs.EntitiesAsync(db, cancellationToken),
            await PlanInputs.InspectorsAsync(db, cancellationToken),
            await PlanInputs.HistoryAsync(db, cancellationToken));
        var outcome = PlanEngine.Schedule(request);
        if (!outcome.IsComplete)
        {
            return new GeneratePlanResult(null, 0, 0, outcome.Shortfalls.Select(s =>
                EnumText.Format(Text.Plan_Shortfall, s.Unit, s.Needed, s.Available, s.Visits, s.ExampleEntity)).ToList());
        }

        if (existing is not null)
        {
            db.Plans.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        var stored = new InspectionPlan
        {
            Year = year,
            PlanFileId = file.Id,
            Seed = seed,
            GeneratedAt = clock.GetUtcNow(),
            GeneratedBy = caller.UserName,
            Visits = await VisitRows.ToStoredAsync(db, outcome.Visits, cancellationToken),
        };
        db.Plans.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return new GeneratePlanResult(stored.Id, outcome.Visits.Count, outcome.Visits.Select(v => v.EntityCode).Distinct().Count(), []);
    }
}
