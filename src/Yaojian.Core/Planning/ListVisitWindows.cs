using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>
/// The windows of a unit's visits in a year, with the entity's name, in window order: what the plan calendar draws.
/// One query of three columns, where reading the visit list page by page counted the whole year again per page.
/// </summary>
public sealed class ListVisitWindows(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<IReadOnlyList<VisitWindow>> RunAsync(Caller caller, int year, string unit, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewPlans))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        return await db.PlanVisits.AsNoTracking()
            .Where(v => v.Unit!.Code == unit && db.Plans.Any(p => p.Id == v.PlanId && p.Year == year))
            .OrderBy(v => v.WindowStart).ThenBy(v => v.Entity!.Code)
            .Select(v => new VisitWindow(v.WindowStart, v.WindowEnd, v.Entity!.Name))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>A visit's window and its entity's name.</summary>
public sealed record VisitWindow(DateOnly WindowStart, DateOnly WindowEnd, string EntityName);
