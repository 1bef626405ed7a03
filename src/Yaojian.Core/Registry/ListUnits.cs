using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>The bureau's units, offices first, then squads and stations, for pickers and filters.</summary>
public sealed class ListUnits(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<IReadOnlyList<UnitOption>> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        return await db.Units.AsNoTracking()
            .OrderBy(u => u.Kind).ThenBy(u => u.Code)
            .Select(u => new UnitOption(u.Code, u.Name, u.Kind, u.Territory))
            .ToListAsync(cancellationToken);
    }
}
