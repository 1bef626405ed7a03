namespace Yaojian.Core.Cases;

/// <summary>
/// The triage of a clue (a pure rule): a new clue may be verified (核查); a new or verifying one may have its time limit
/// extended, be registered as a case (立案), be handled otherwise (另行处置, e.g. by a disposition), be dropped (不予立案)
/// or, when it repeats an open clue about the same entity and product, be merged into that group. A decided clue is over.
/// </summary>
public static class ClueTriage
{
    /// <summary>Still to be triaged: its time limit runs.</summary>
    public static bool IsOpen(ClueStatus status) => status is ClueStatus.New or ClueStatus.Verifying;

    public static IReadOnlyList<ClueAction> PermittedIn(ClueStatus status, bool grouped) => status switch
    {
        ClueStatus.New or ClueStatus.Verifying =>
        [
            .. status == ClueStatus.New ? [ClueAction.Verify] : Array.Empty<ClueAction>(),
            ClueAction.Extend, ClueAction.RegisterCase, ClueAction.HandleOtherwise, ClueAction.Drop,
            .. grouped ? [ClueAction.Merge] : Array.Empty<ClueAction>(),
        ],
        ClueStatus.CaseRegistered or ClueStatus.HandledOtherwise or ClueStatus.Dropped or ClueStatus.Merged => [],
    };

    /// <summary>Where <paramref name="action"/> leaves a clue that stood at <paramref name="from"/>.</summary>
    public static ClueStatus After(ClueAction action, ClueStatus from) => action switch
    {
        ClueAction.Open or ClueAction.Extend => from,
        ClueAction.Verify => ClueStatus.Verifying,
        ClueAction.RegisterCase => ClueStatus.CaseRegistered,
        ClueAction.HandleOtherwise => ClueStatus.HandledOtherwise,
        ClueAction.Drop => ClueStatus.Dropped,
        ClueAction.Merge => ClueStatus.Merged,
    };

    /// <summary>An extension, handling otherwise and dropping must say why.</summary>
    public static bool NeedsReason(ClueAction action) => action is ClueAction.Extend or ClueAction.HandleOtherwise or ClueAction.Drop;

    /// <summary>Registering a case and dropping the clue are decided by the responsible person (负责人, 第十八条), who is named.</summary>
    public static bool NeedsApproval(ClueAction action) => action is ClueAction.RegisterCase or ClueAction.Drop;

    /// <summary>A decision ends the triage: who, when and why are written on the clue itself as well.</summary>
    public static bool Decides(ClueAction action) => After(action, ClueStatus.New) is not (ClueStatus.New or ClueStatus.Verifying);

    /// <summary>
    /// Whether ending clues about nonconforming samples without a case (不予立案, 另行处置) breaks the plan file's
    /// case-filing target (<c>sampling.filing</c>, KZ-D-3.6): of the year's <paramref name="results"/> (each with its
    /// clue), <paramref name="lost"/> have already ended without a case; ending <paramref name="ending"/> more would leave
    /// the share that can still be filed below <paramref name="target"/>. A target of every result refuses each one.
    /// </summary>
    public static bool BreaksFilingTarget(decimal? target, int results, int lost, int ending) =>
        ending > 0 && target is { } share && results - lost - ending < share * results;

    /// <summary>Overdue once its due day is over while it is still open.</summary>
    public static bool IsOverdue(ClueStatus status, DateOnly? dueOn, DateOnly today) => IsOpen(status) && dueOn < today;
}
