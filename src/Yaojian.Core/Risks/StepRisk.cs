using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>
/// Moves a risk on outside a meeting, as its loop allows: into analysis, forward to consultation, into follow-up once
/// every measure is finished, closed or reopened after the follow-up, or dismissed — with who and why. Putting a risk
/// under control is a meeting's decision (<see cref="DecideAtMeeting"/>).
/// </summary>
public sealed class StepRisk(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<Outcome<RiskView>> RunAsync(Caller caller, int id, StepRiskInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageRisks))
        {
            return Outcome<RiskView>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var risk = await RiskViews.Whole(db).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (risk is null)
        {
            return Outcome<RiskView>.Missing;
        }

        if (!Enum.IsDefined(input.Trigger) || input.Trigger == RiskTrigger.Raise)
        {
            return Outcome<RiskView>.Invalid(EnumText.Of(RiskRefusal.NotPermitted));
        }

        if (RiskTransitions.NeedsMeeting(input.Trigger))
        {
            return Outcome<RiskView>.Invalid(Text.Risks_DecideAtMeeting);
        }

        var loop = RiskViews.ToLoop(risk);
        var fired = loop.Fire(input.Trigger, caller.UserName, clock.GetLocalNow(), input.Reason);
        if (!fired.Succeeded)
        {
            return Outcome<RiskView>.Invalid(EnumText.Of(fired.Refusal!.Value));
        }

        RiskViews.Apply(loop, risk);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<RiskView>.Of(await RiskViews.ViewAsync(db, risk, RiskViews.Today(clock), cancellationToken));
    }
}
