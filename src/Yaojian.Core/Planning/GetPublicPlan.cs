using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>The published draw of a year (or the latest published), for the public page; null when there is none.</summary>
public sealed class GetPublicPlan(IDbContextFactory<YaojianDb> dbFactory)
{
    private static readonly Caller Public = Caller.System("public");

    public async Task<PublicPlan?> RunAsync(int? year, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(Public, cancellationToken);
        var plan = await db.Plans.AsNoTracking().Include(p => p.PlanFile)
            .Where(p => p.Status == PlanStatus.Published && (year == null || p.Year == year))
            .OrderByDescending(p => p.Year)
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var definition = Files.PlanFileReader.Read(plan.PlanFile!.FileName, plan.PlanFile.Yaml).Plan;
        var requirements = definition?.SchedulingRules.ToDictionary(r => r.Id, r => r.Requirements, StringComparer.Ordinal) ?? [];
        var rows = await db.PlanVisits.AsNoTracking().Where(v => v.PlanId == plan.Id)
            .OrderBy(v => v.WindowStart).ThenBy(v => v.Entity!.Name)
            .Select(v => new { v.Entity!.Name, v.Entity.Kind, Unit = v.Unit!.Name, v.WindowStart, v.WindowEnd, v.RuleIds })
            .ToListAsync(cancellationToken);
        return new PublicPlan(plan.Year, plan.PlanFile.Title, plan.PlanFile.Sha256, plan.Seed, plan.PublishedAt ?? plan.GeneratedAt,
            rows.Select(r => new PublicPlanRow(r.Name, r.Kind, r.Unit, r.WindowStart, r.WindowEnd,
                r.RuleIds.Split(';', StringSplitOptions.RemoveEmptyEntries)
                    .SelectMany(id => requirements.GetValueOrDefault(id) ?? []).Distinct(StringComparer.Ordinal).ToList())).ToList());
    }
}
