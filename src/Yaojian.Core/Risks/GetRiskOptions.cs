using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>A unit as the risk forms offer it.</summary>
public sealed record RiskUnitOption(int Id, string Code, string Name);

/// <summary>What the risk and meeting forms offer: the units, and the levels and meetings of the plan file in force.</summary>
public sealed record RiskOptions(IReadOnlyList<RiskUnitOption> Units, RiskConsultationPlan Plan);

/// <summary>The choices of the risk and meeting forms.</summary>
public sealed class GetRiskOptions(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<RiskOptions> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewRisks))
        {
            return new RiskOptions([], RiskConsultationPlan.None);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Code)
            .Select(u => new RiskUnitOption(u.Id, u.Code, u.Name)).ToListAsync(cancellationToken);
        return new RiskOptions(units, await RiskViews.PlanAsync(db, RiskViews.Today(clock).Year, cancellationToken));
    }
}
