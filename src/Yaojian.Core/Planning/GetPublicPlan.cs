using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>
/// The published draw of a year (or the latest published), for the public page; null when there is none. Every
/// target of the year, so kept in <see cref="VersionedCache"/> until the data changes.
/// </summary>
public sealed class GetPublicPlan(IDbContextFactory<YaojianDb> dbFactory, VersionedCache cache)
{
    private static readonly Caller Public = Caller.System("public");

    public async Task<PublicPlan?> RunAsync(int? year, CancellationToken cancellationToken = default)
    {
        string version;
        await using (var db = await dbFactory.CreateForAsync(Public, cancellationToken))
        {
            version = await VersionedCache.VersionAsync(db, cancellationToken);
        }

        return await cache.GetAsync(
            string.Create(CultureInfo.InvariantCulture, $"public-plan:{year}"), version, () => ComputeAsync(year, cancellationToken), cancellationToken);
    }

    private async Task<PublicPlan?> ComputeAsync(int? year, CancellationToken cancellationToken)
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

        var definition = ParsedPlanFiles.Read(plan.PlanFile!);
        var requirements = definition?.SchedulingRules.ToDictionary(r => r.Id, r => r.Requirements, StringComparer.Ordinal) ?? [];
        var visits = await db.PlanVisits.AsNoTracking().Where(v => v.PlanId == plan.Id)
            .Select(v => new { v.EntityId, v.Entity!.Name, v.Entity.Kind, Unit = v.Unit!.Name, v.RuleIds })
            .ToListAsync(cancellationToken);
        var rows = visits.GroupBy(v => v.EntityId)
            .Select(g => new PublicPlanRow(g.First().Name, g.First().Kind, g.Select(v => v.Unit).Order(StringComparer.Ordinal).First(),
                g.SelectMany(v => v.RuleIds.Split(';', StringSplitOptions.RemoveEmptyEntries))
                    .SelectMany(id => requirements.GetValueOrDefault(id) ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.EntityName, StringComparer.Ordinal)
            .ToList();
        return new PublicPlan(plan.Year, plan.PlanFile!.Title, plan.PlanFile.Sha256, plan.Seed, plan.PublishedAt ?? plan.GeneratedAt, rows);
    }
}
