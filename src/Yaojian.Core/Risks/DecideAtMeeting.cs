using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>
/// A meeting's decision about one risk (会商交流): put under control with measures, owners and deadlines; dismissed;
/// or, after the follow-up, closed or reopened with new measures. A risk brought to the meeting before it was analysed
/// or submitted takes those steps first, at the meeting, so its loop shows every step. Decisions and measures make the
/// meeting's three lists.
/// </summary>
public sealed class DecideAtMeeting(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<Outcome<MeetingView>> RunAsync(Caller caller, int meetingId, DecideInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageRisks))
        {
            return Outcome<MeetingView>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var meeting = await MeetingViews.Whole(db).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        var risk = meeting is null ? null : await RiskViews.Whole(db).SingleOrDefaultAsync(r => r.Id == input.RiskId, cancellationToken);
        if (meeting is null || risk is null)
        {
            return Outcome<MeetingView>.Missing;
        }

        var measures = input.Measures ?? [];
        var errors = new List<string>();
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(Text.Risks_UnknownValue);
        }

        if (risk.Area != meeting.Area)
        {
            errors.Add(EnumText.Format(Text.Risks_AreaMismatch, EnumText.Of(risk.Area), EnumText.Of(meeting.Area)));
        }

        if (meeting.Decisions.Any(d => d.RiskId == risk.Id))
        {
            errors.Add(Text.Risks_DecidedTwice);
        }

        if (string.IsNullOrWhiteSpace(input.Conclusion))
        {
            errors.Add(Text.Risks_ConclusionRequired);
        }

        if (RiskLevels.Check(await RiskViews.PlanAsync(db, meeting.Year, cancellationToken), input.Level) is { } levelError)
        {
            errors.Add(levelError);
        }

        var takesMeasures = input.Kind is RiskDecisionKind.Control or RiskDecisionKind.Reopen;
        if (!takesMeasures && measures.Count > 0)
        {
            errors.Add(Text.Risks_MeasuresOnlyForControl);
        }
        else if (input.Kind == RiskDecisionKind.Reopen && measures.Count == 0)
        {
            errors.Add(EnumText.Of(RiskRefusal.MeasureRequired));
        }

        errors.AddRange(await MeasureChecks.CheckAsync(db, measures, meeting.HeldOn, cancellationToken));
        if (errors.Count > 0)
        {
            return Outcome<MeetingView>.Invalid(errors);
        }

        var now = clock.GetLocalNow();
        var loop = RiskViews.ToLoop(risk);
        if (input.Kind is RiskDecisionKind.Control or RiskDecisionKind.Dismiss)
        {
            // Brought straight to the table: analysed and submitted at the meeting, each step on the record.
            if (loop.Stage == RiskStage.Screening)
            {
                loop.Fire(RiskTrigger.Analyse, caller.UserName, now, null, meeting.Id);
            }

            if (loop.Stage == RiskStage.Analysis)
            {
                loop.Fire(RiskTrigger.SubmitForConsultation, caller.UserName, now, null, meeting.Id);
            }
        }

        foreach (var _ in measures)
        {
            loop.AddMeasure();
        }

        var fired = loop.Fire(RiskTransitions.TriggerOf(input.Kind), caller.UserName, now, input.Conclusion, meeting.Id);
        if (!fired.Succeeded)
        {
            return Outcome<MeetingView>.Invalid(EnumText.Of(fired.Refusal!.Value));
        }

        RiskViews.Apply(loop, risk);
        risk.Level = string.IsNullOrWhiteSpace(input.Level) ? risk.Level : input.Level.Trim();
        risk.Measures.AddRange(measures.Select(m => MeasureChecks.Create(m, meeting.Id, caller.UserName, clock.GetUtcNow())));
        meeting.Decisions.Add(new RiskDecision
        {
            RiskId = risk.Id,
            Kind = input.Kind,
            Conclusion = TextInput.Clean(input.Conclusion, RaiseRisk.MaxTextLength)!,
            Level = TextInput.Clean(input.Level, 64),
            DecidedBy = caller.UserName,
            DecidedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<MeetingView>.Of(await MeetingViews.ViewAsync(db, meeting, RiskViews.Today(clock), cancellationToken));
    }
}
