using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>The active inspectors of a unit (for reassigning a visit), with the entities each must stay away from.</summary>
public sealed class ListInspectors(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<IReadOnlyList<InspectorOption>> RunAsync(Caller caller, string unitCode, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewPlans))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, cancellationToken);
        if (unit is null || !caller.Scope.Includes(unit.Id))
        {
            return [];
        }

        return await db.Inspectors.AsNoTracking().Where(i => i.UnitId == unit.Id && i.Active).OrderBy(i => i.Code)
            .Select(i => new InspectorOption(i.Id, i.Code, i.Name, i.Conflicts.Select(c => c.EntityId).ToList()))
            .ToListAsync(cancellationToken);
    }
}
