using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>A measure reported done (what was done) or cancelled (why): followed to its close, once.</summary>
public sealed class FinishMeasure(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<Outcome<RiskView>> RunAsync(Caller caller, int measureId, FinishMeasureInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageRisks))
        {
            return Outcome<RiskView>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var riskId = await db.RiskMeasures.Where(m => m.Id == measureId).Select(m => (int?)m.RiskId).SingleOrDefaultAsync(cancellationToken);
        var risk = riskId is null ? null : await RiskViews.Whole(db).SingleAsync(r => r.Id == riskId, cancellationToken);
        if (risk is null)
        {
            return Outcome<RiskView>.Missing;
        }

        var measure = risk.Measures.Single(m => m.Id == measureId);
        var result = TextInput.Clean(input.Result, RaiseRisk.MaxTextLength);
        var error = measure.Status != MeasureStatus.Open ? Text.Risks_MeasureFinished
            : input.Status is not (MeasureStatus.Done or MeasureStatus.Cancelled) ? Text.Risks_MeasureStatusUnknown
            : input.Status == MeasureStatus.Cancelled && result is null ? Text.Risks_CancelReasonRequired
            : null;
        if (error is not null)
        {
            return Outcome<RiskView>.Invalid(error);
        }

        var today = RiskViews.Today(clock);
        (measure.Status, measure.Result, measure.FinishedOn, measure.FinishedBy) = (input.Status, result, today, caller.UserName);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<RiskView>.Of(await RiskViews.ViewAsync(db, risk, today, cancellationToken));
    }
}
