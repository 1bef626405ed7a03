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
/// <see cref="RegisterCase"/>. Each step takes effect on the day given (not in the future, not before the clue's receipt
/// or its previous step); a drop names the responsible person who approved it (第十八条); a clue about a nonconforming
/// sample cannot be dropped or handled otherwise while the plan file makes its filing compulsory (<see cref="ClueFiling"/>).
/// </summary>
public sealed class TriageClue(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<Outcome<ClueDetail>> RunAsync(Caller caller, int id, TriageClueInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageCases))
        {
            return Outcome<ClueDetail>.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var clue = await db.Clues.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (clue is null)
        {
            return Outcome<ClueDetail>.Missing;
        }

        var now = clock.GetLocalNow();
        var today = clock.DateOf(now);
        var (reason, approver) = (TextInput.Clean(input.Reason), TextInput.Clean(input.ApprovedBy));
        var on = input.On ?? today;
        var error = input.Action switch
        {
            ClueAction.RegisterCase => Text.Clues_RegisterThroughCase,
            _ when !ClueTriage.PermittedIn(clue.Status, clue.GroupId is not null).Contains(input.Action) => Text.Clues_NotPermitted,
            _ when ClueTriage.NeedsReason(input.Action) && reason is null => Text.Clues_ReasonRequired,
            _ when ClueTriage.NeedsApproval(input.Action) && approver is null => Text.Clues_ApproverRequired,
            _ when CaseTexts.TooLong(reason, CaseTexts.MaxClueReason, Text.Cases_FieldReason) is { } tooLong => tooLong,
            _ when CaseTexts.TooLong(approver, CaseTexts.MaxApprover, Text.Cases_FieldApprover) is { } tooLong => tooLong,
            _ when DateError(clue, on, today, now.Offset) is { } wrongDay => wrongDay,
            _ when await ClueFiling.RefusalAsync(db, clue, input.Action, cancellationToken) is { } compulsory => compulsory,
            ClueAction.Extend => ExtensionError(clue, input.NewDueOn, today),
            ClueAction.HandleOtherwise => await LinkDispositionAsync(db, clue, input.DispositionId, cancellationToken),
            ClueAction.Merge => await MergeAsync(db, clue, cancellationToken),
            _ => null,
        };
        if (error is not null)
        {
            return Outcome<ClueDetail>.Invalid(error);
        }

        Step(clue, input.Action, caller.UserName, now, on, reason, approver, input.Action == ClueAction.Extend ? input.NewDueOn : null);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ClueDetail>.Of(await ClueViews.DetailAsync(db, caller, clue, today, clock.LocalTimeZone, cancellationToken));
    }

    /// <summary>Why a step cannot take effect on <paramref name="on"/> (after today, or before the clue's receipt or its previous step), or null.</summary>
    internal static string? DateError(Clue clue, DateOnly on, DateOnly today, TimeSpan offset)
    {
        if (on > today)
        {
            return Text.Clues_DateInFuture;
        }

        var last = clue.Events.Select(e => EventOn(clue, e, offset)).Append(clue.ReceivedOn).Max();
        return on < last ? EnumText.Format(Text.Clues_DateBeforePrevious, last) : null;
    }

    /// <summary>The day a step of the clue took effect; for a step kept before that day was, its opening's is the day the clue
    /// was received and any other's the day it was entered.</summary>
    internal static DateOnly EventOn(Clue clue, ClueEvent e, TimeSpan offset) =>
        e.On ?? (e.Action == ClueAction.Open ? clue.ReceivedOn : DateOnly.FromDateTime(e.At.ToOffset(offset).DateTime));

    /// <summary>Writes a triage step on the (tracked) clue: its new standing, the decision when it decides, the event.</summary>
    internal static void Step(Clue clue, ClueAction action, string actor, DateTimeOffset now, DateOnly on, string? reason, string? approver, DateOnly? newDueOn = null)
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
            (clue.DecidedAt, clue.DecidedOn, clue.DecidedBy, clue.ApprovedBy) = (now.ToUniversalTime(), on, actor, approver);
        }

        clue.Events.Add(new ClueEvent
        {
            Action = action,
            From = from,
            To = clue.Status,
            Actor = actor,
            At = now.ToUniversalTime(),
            On = on,
            ApprovedBy = approver,
            Reason = reason,
            DueOn = newDueOn,
        });
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
