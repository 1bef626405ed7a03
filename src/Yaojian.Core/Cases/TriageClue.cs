using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// A step of a clue's triage, as <see cref="ClueTriage"/> allows, with who, when and why: verified (核查), its time limit
/// extended, handled otherwise (另行处置, linked to the disposition that handles it), dropped (不予立案) or merged into its
/// group (a merged clue follows the group's case, so a repeat of a filed clue counts as filed). Registering a case is
/// <see cref="RegisterCase"/>.
/// </summary>
public sealed class TriageClue(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<CasesOutcome<ClueDetail>> RunAsync(Caller caller, int id, TriageClueInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageCases))
        {
            return CasesOutcome<ClueDetail>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var clue = await db.Clues.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (clue is null)
        {
            return CasesOutcome<ClueDetail>.Missing;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var reason = CaseWorkflow.Trim(input.Reason, 1000);
        var error = input.Action switch
        {
            ClueAction.RegisterCase => Text.Clues_RegisterThroughCase,
            _ when !ClueTriage.PermittedIn(clue.Status, clue.GroupId is not null).Contains(input.Action) => Text.Clues_NotPermitted,
            _ when ClueTriage.NeedsReason(input.Action) && reason is null => Text.Clues_ReasonRequired,
            ClueAction.Extend => ExtensionError(clue, input.NewDueOn, today),
            ClueAction.HandleOtherwise => await LinkDispositionAsync(db, clue, input.DispositionId, cancellationToken),
            ClueAction.Merge => await MergeAsync(db, clue, cancellationToken),
            _ => null,
        };
        if (error is not null)
        {
            return CasesOutcome<ClueDetail>.Invalid(error);
        }

        Step(clue, input.Action, caller.UserName, clock.GetUtcNow(), reason, input.Action == ClueAction.Extend ? input.NewDueOn : null);
        await db.SaveChangesAsync(cancellationToken);
        return CasesOutcome<ClueDetail>.Of(await ClueViews.DetailAsync(db, caller, clue, today, cancellationToken));
    }

    /// <summary>Writes a triage step on the (tracked) clue: its new standing, the decision when it decides, the event.</summary>
    internal static void Step(Clue clue, ClueAction action, string actor, DateTimeOffset now, string? reason, DateOnly? newDueOn = null)
    {
        var from = clue.Status;
        clue.Status = ClueTriage.After(action, from);
        if (newDueOn is { } due)
        {
            clue.DueOn = due;
        }

        if (ClueTriage.Decides(action))
        {
            clue.Decision = action == ClueAction.Merge && clue.Decision is { } merged
                ? (reason is null ? merged : $"{merged}：{reason}")
                : reason ?? EnumText.Of(action);
            (clue.DecidedAt, clue.DecidedBy) = (now.ToUniversalTime(), actor);
        }

        clue.Events.Add(new ClueEvent { Action = action, From = from, To = clue.Status, Actor = actor, At = now.ToUniversalTime(), Reason = reason, DueOn = newDueOn });
    }

    private static string? ExtensionError(Clue clue, DateOnly? newDueOn, DateOnly today) =>
        newDueOn is not { } due ? Text.Clues_NewDueRequired
        : due < today || (clue.DueOn is { } current && due <= current) ? Text.Clues_NewDueNotLater
        : null;

    private static async Task<string?> LinkDispositionAsync(YaojianDb db, Clue clue, int? dispositionId, CancellationToken cancellationToken)
    {
        if (dispositionId is not { } id)
        {
            return null;
        }

        if (!await db.Dispositions.AnyAsync(d => d.Id == id, cancellationToken))
        {
            return Text.Clues_UnknownDisposition;
        }

        clue.DispositionId = id;
        return null;
    }

    // The first clue of the group decides where a repeat goes: while it is open the repeat waits with it, and once it is
    // a case the repeat is part of that case.
    private static async Task<string?> MergeAsync(YaojianDb db, Clue clue, CancellationToken cancellationToken)
    {
        var head = await db.Clues.AsNoTracking().Where(c => c.Id == clue.GroupId).Select(c => new { c.Number, c.Status, c.CaseId }).SingleOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return Text.Clues_GroupOfOtherUnit;
        }

        if (!ClueTriage.IsOpen(head.Status) && head.CaseId is null)
        {
            return EnumText.Format(Text.Clues_GroupDecided, head.Number, EnumText.Of(head.Status));
        }

        clue.CaseId = head.CaseId;
        clue.Decision = EnumText.Format(Text.Clues_MergedInto, head.Number);
        return null;
    }
}
