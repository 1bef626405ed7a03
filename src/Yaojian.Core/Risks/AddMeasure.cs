using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>Adds a measure to a risk under control (管控处置), outside a meeting: its owner unit and person and its deadline.</summary>
public sealed class AddMeasure(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<Outcome<RiskView>> RunAsync(Caller caller, int riskId, MeasureInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageRisks))
        {
            return Outcome<RiskView>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var risk = await RiskViews.Whole(db).SingleOrDefaultAsync(r => r.Id == riskId, cancellationToken);
        if (risk is null)
        {
            return Outcome<RiskView>.Missing;
        }

        if (risk.Stage != RiskStage.Control)
        {
            return Outcome<RiskView>.Invalid(Text.Risks_MeasureNotUnderControl);
        }

        var today = RiskViews.Today(clock);
        var errors = await MeasureChecks.CheckAsync(db, [input], today, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome<RiskView>.Invalid(errors);
        }

        risk.Measures.Add(MeasureChecks.Create(input, null, caller.UserName, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<RiskView>.Of(await RiskViews.ViewAsync(db, risk, today, cancellationToken));
    }
}
