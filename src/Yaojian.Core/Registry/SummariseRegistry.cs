using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

public sealed class SummariseRegistry(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<RegistryOverview> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var byStatus = await db.Entities.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byKind = await db.Entities.GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var gradeCd = await db.Entities.CountAsync(e => e.CreditGrade == CreditGrade.C || e.CreditGrade == CreditGrade.D, cancellationToken);
        int Of(EntityStatus s) => byStatus.Where(x => x.Key == s).Sum(x => x.Count);
        return new RegistryOverview(
            byStatus.Sum(x => x.Count),
            Of(EntityStatus.Active),
            Of(EntityStatus.LostContact) + Of(EntityStatus.Zombie),
            gradeCd,
            byKind.OrderBy(x => x.Key).Select(x => (x.Key, x.Count)).ToList());
    }
}
