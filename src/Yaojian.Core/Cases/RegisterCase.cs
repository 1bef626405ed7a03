using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// Registers a case (立案) from an open clue: numbered, held to the decision's time limit from today, and the clue —
/// with every clue already merged into its group — linked to it (<see cref="Clue.CaseId"/>, what the case-filing rate
/// counts). A case filed is an outcome for the entity's credit grade (<c>case_filed</c>).
/// </summary>
public sealed class RegisterCase(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading)
{
    public async Task<CasesOutcome<CaseDetail>> RunAsync(Caller caller, RegisterCaseInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageCases))
        {
            return CasesOutcome<CaseDetail>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var clue = await db.Clues.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == input.ClueId, cancellationToken);
        if (clue is null)
        {
            return CasesOutcome<CaseDetail>.Missing;
        }

        var entity = clue.EntityId is { } entityId
            ? await db.Entities.IgnoreQueryFilters().Where(e => e.Id == entityId).Select(e => e.Name).SingleAsync(cancellationToken)
            : null;
        var cause = CaseWorkflow.Trim(input.Cause, 200);
        var party = CaseWorkflow.Trim(input.PartyName, 200) ?? entity;
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

        if (errors.Count > 0)
        {
            return CasesOutcome<CaseDetail>.Invalid(errors);
        }

        var (now, today) = (clock.GetLocalNow(), DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var legalCase = await CaseSaves.NewAsync(db, cause!, party!, input.PartyIsPerson && input.PartyName is not null, clue.UnitId, today, caller.UserName, now, cancellationToken);
        (legalCase.Summary, legalCase.EntityId, legalCase.ProductId, legalCase.ProductName) = (clue.Summary, clue.EntityId, clue.ProductId, clue.ProductName);
        var reason = CaseWorkflow.Trim(input.Reason, 1000) ?? EnumText.Format(Text.Cases_RegisteredFromClue, clue.Number);
        CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Register, reason), caller.UserName, now, CaseTimeLimits.None);
        TriageClue.Step(clue, ClueAction.RegisterCase, caller.UserName, now, reason);
        legalCase.Clues.Add(clue);
        legalCase.Clues.AddRange(await db.Clues.Where(c => c.GroupId == clue.Id && c.Status == ClueStatus.Merged && c.CaseId == null).ToListAsync(cancellationToken));
        var graded = await CaseSaves.GradeAsync(grading, db, legalCase, GradingEvent.CaseFiled, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await grading.ReplanAsync(caller, graded, cancellationToken);
        return CasesOutcome<CaseDetail>.Of(await CaseViews.DetailAsync(db, caller, legalCase, today, clock.LocalTimeZone, cancellationToken));
    }
}
