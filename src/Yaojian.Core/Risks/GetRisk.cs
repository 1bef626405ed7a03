using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>One risk of the register with its steps, measures and decisions (the register is bureau-wide).</summary>
public sealed class GetRisk(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<RiskView?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewRisks))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var risk = await RiskViews.Whole(db).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return risk is null ? null : await RiskViews.ViewAsync(db, risk, RiskViews.Today(clock), cancellationToken);
    }
}
