using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>Publishes the year's draw (公示): the drawn targets, the seed and the plan file's hash become public.</summary>
public sealed class PublishPlan(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<GeneratePlanResult> RunAsync(Caller caller, int year, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManagePlans) || !caller.Scope.AllUnits)
        {
            return new GeneratePlanResult(null, 0, 0, [], Forbidden: true);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Year == year, cancellationToken);
        if (plan is null)
        {
            return GeneratePlanResult.Refused(EnumText.Format(Text.Plan_NoPlan, year));
        }

        if (plan.Status != PlanStatus.Published)
        {
            plan.Status = PlanStatus.Published;
            plan.PublishedAt = clock.GetUtcNow();
            plan.PublishedBy = caller.UserName;
            await db.SaveChangesAsync(cancellationToken);
        }

        var visits = await db.PlanVisits.Where(v => v.PlanId == plan.Id).Select(v => v.EntityId).ToListAsync(cancellationToken);
        return new GeneratePlanResult(plan.Id, visits.Count, visits.Distinct().Count(), []);
    }
}
