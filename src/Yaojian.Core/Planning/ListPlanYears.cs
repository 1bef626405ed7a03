using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>The years that have a plan file or a draw, newest first (the plan page's year picker).</summary>
public sealed class ListPlanYears(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<IReadOnlyList<int>> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewPlans))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var files = await db.PlanFiles.Select(p => p.Year).Distinct().ToListAsync(cancellationToken);
        var draws = await db.Plans.Select(p => p.Year).ToListAsync(cancellationToken);
        return files.Union(draws).OrderDescending().ToList();
    }
}
