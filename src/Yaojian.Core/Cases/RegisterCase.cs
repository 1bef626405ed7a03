using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// Registers a case (立案) from an open clue, as approved by the responsible person named (第十八条): numbered, registered
/// on the day given (by default today; not in the future, not before the clue was received) and held to the decision's
/// time limit from that day, and the clue — with every clue already merged into its group — linked to it
/// (<see cref="Clue.CaseId"/>, what the case-filing rate counts). A case filed is an outcome for the entity's credit
/// grade (<c>case_filed</c>).
/// </summary>
public sealed class RegisterCase(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading)
{
    public async Task<Outcome<CaseDetail>> RunAsync(Caller caller, RegisterCaseInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageCases))
        {
            return Outcome<CaseDetail>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var clue = await db.Clues.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == input.ClueId, cancellationToken);
        if (clue is null)
        {
            return Outcome<CaseDetail>.Missing;
        }

        var entity = clue.EntityId is { } entityId
            ? await db.Entities.IgnoreQueryFilters().Where(e => e.Id == entityId).Select(e => e.Name).SingleAsync(cancellationToken)
            : null;
        var (now, today) = (clock.GetLocalNow(), clock.Today());
        var (cause, reason, approver) = (TextInput.Clean(input.Cause), TextInput.Clean(input.Reason), TextInput.Clean(input.ApprovedBy));
        var party = TextInput.Clean(input.PartyName) ?? entity;
        var on = input.On ?? today;
        var errors = new List<string>();
        if (!ClueTriage.PermittedIn(clue.Status, clue.GroupId is not null).Contains(ClueAction.RegisterCase))
        {
            errors.Add(EnumText.Format(Text.Clues_AlreadyDecided, EnumText.Of(clue.Status)));
        }

        if (cause is null)
        {
            errors.Add(Text.Cases_CauseRequired);
        }

        if (party is null)
        {
            errors.Add(Text.Cases_PartyRequired);
        }

        if (approver is null)
        {
            errors.Add(Text.Cases_ApproverRequired);
        }

        errors.AddRange(new[]
        {
            CaseTexts.TooLong(cause, CaseTexts.MaxCause, Text.Cases_FieldCause),
            CaseTexts.TooLong(input.PartyName, CaseTexts.MaxParty, Text.Cases_FieldParty),
            CaseTexts.TooLong(reason, CaseTexts.MaxClueReason, Text.Cases_FieldReason),
            CaseTexts.TooLong(approver, CaseTexts.MaxApprover, Text.Cases_FieldApprover),
            TriageClue.DateError(clue, on, today, now.Offset),
        }.OfType<string>());

        if (errors.Count > 0)
        {
            return Outcome<CaseDetail>.Invalid(errors);
        }

        var legalCase = await CaseSaves.NewAsync(db, cause!, party!, input.PartyIsPerson && input.PartyName is not null, clue.UnitId, on, caller.UserName, now, cancellationToken);
        (legalCase.Summary, legalCase.EntityId, legalCase.ProductId, legalCase.ProductName) = (clue.Summary, clue.EntityId, clue.ProductId, clue.ProductName);
        reason ??= EnumText.Format(Text.Cases_RegisteredFromClue, clue.Number);
        CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Register, reason, On: on, ApprovedBy: approver), caller.UserName, now, CaseTimeLimits.None);
        TriageClue.Step(clue, ClueAction.RegisterCase, caller.UserName, now, on, reason, approver);
        legalCase.Clues.Add(clue);
        legalCase.Clues.AddRange(await db.Clues.Where(c => c.GroupId == clue.Id && c.Status == ClueStatus.Merged && c.CaseId == null).ToListAsync(cancellationToken));
        var graded = await CaseSaves.GradeAsync(grading, db, legalCase, GradingEvent.CaseFiled, on, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await grading.ReplanAsync(caller, graded, cancellationToken);
        return Outcome<CaseDetail>.Of(await CaseViews.DetailAsync(db, caller, legalCase, today, clock.LocalTimeZone, cancellationToken));
    }
}
