using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// Moves a case on as its state machine allows, with who, why and the day it took effect; a step whose texts are over
/// their limit is refused naming each field, never cut. A penalty decision is an outcome for the entity's
/// credit grade (<c>penalty_decided</c>); a case that closes (结案, 不予处罚, 撤销立案) reports its result back to the
/// case-filing disposition that handed it over, which closes with it.
/// </summary>
public sealed class FireCase(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading)
{
    public async Task<Outcome<CaseDetail>> RunAsync(Caller caller, int id, CaseStep step, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageCases))
        {
            return Outcome<CaseDetail>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var legalCase = await CaseViews.WithParts(db.Cases).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (legalCase is null)
        {
            return Outcome<CaseDetail>.Missing;
        }

        // Where the state accepts the step, every problem of what it carries is said at once, each naming its field or penalty.
        if (CaseWorkflow.PermittedTriggers(legalCase).Contains(step.Trigger)
            && (IReadOnlyList<string>)[
                .. CaseTexts.StepProblems(step),
                .. step.Trigger == CaseTrigger.Decide ? CasePenaltyRules.Problems(step.Penalties ?? [], legalCase.Persons, legalCase.PartyIsPerson) : [],
            ] is { Count: > 0 } problems)
        {
            return Outcome<CaseDetail>.Invalid(problems);
        }

        if (step.Trigger is CaseTrigger.Publish or CaseTrigger.MarkTypical)
        {
            // What goes public is masked here, with every name stored on the case and its clues, and kept as approved.
            var text = (await PublicText.ForAsync(db, [legalCase], cancellationToken))[legalCase.Id];
            step = step with
            {
                Publication = step.Trigger == CaseTrigger.Publish
                    ? CasePublication.Approve(legalCase, step.Publication, text)
                    : new PublicationInput(WriteUp: text.Mask(TextInput.Clean(step.WriteUp))),
            };
        }

        var (now, today) = (clock.GetLocalNow(), clock.Today());
        var on = step.On ?? today;
        var limits = await CaseLimitsInForce.ForAsync(db, on.Year, cancellationToken);
        var fired = CaseWorkflow.Fire(legalCase, step, caller.UserName, now, limits);
        if (!fired.Succeeded)
        {
            return Outcome<CaseDetail>.Invalid(fired.Refusal == CaseRefusal.DateBeforePrevious && CaseWorkflow.LastOn(legalCase, now.Offset) is { } last
                ? EnumText.Format(Text.Cases_DateBeforePrevious, last)
                : EnumText.Of(fired.Refusal!.Value));
        }

        var graded = step.Trigger == CaseTrigger.Decide
            ? await CaseSaves.GradeAsync(grading, db, legalCase, GradingEvent.PenaltyDecided, on, cancellationToken)
            : null;
        if (CaseTransitions.IsClosed(legalCase.State) && legalCase.DispositionId is { } dispositionId)
        {
            await ReportToDispositionAsync(db, legalCase, dispositionId, caller.UserName, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await grading.ReplanAsync(caller, graded, cancellationToken);
        return Outcome<CaseDetail>.Of(await CaseViews.DetailAsync(db, caller, legalCase, today, clock.LocalTimeZone, cancellationToken));
    }

    private static async Task ReportToDispositionAsync(YaojianDb db, Case legalCase, int dispositionId, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = await db.Dispositions.IgnoreQueryFilters().Include(d => d.Events).SingleAsync(d => d.Id == dispositionId, cancellationToken);
        var disposition = DispositionStorage.ToAggregate(record);
        if (!disposition.PermittedTriggers.Contains(DispositionTrigger.ReceiveResult))
        {
            return;
        }

        var result = EnumText.Format(Text.Cases_ResultForDisposition, legalCase.Number, EnumText.Of(legalCase.State),
            legalCase.DecisionNumber ?? legalCase.DecisionSummary ?? legalCase.Events[^1].Reason ?? string.Empty);
        disposition.Fire(DispositionTrigger.ReceiveResult, actor, now, null, new DispositionData(ResultText: result.Length <= 2000 ? result : result[..2000]));
        DispositionStorage.Apply(disposition, record);
    }
}
