using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Sampling;

namespace Yaojian.Core.Cases;

/// <summary>
/// The case-filing target of nonconforming samples applied to a clue's triage: whether dropping it or handling it
/// otherwise — it, or the sampling clues merged into it, ending without a case — would break the target of the plan file
/// in force in the year it was received (<see cref="ClueTriage.BreaksFilingTarget"/>), counted bureau-wide, and why in
/// Chinese. Merging into its group stays allowed: the clue follows the group into its case.
/// </summary>
internal static class ClueFiling
{
    /// <summary>Why <paramref name="action"/> is refused on <paramref name="clue"/> by the filing target, or null.</summary>
    public static async Task<string?> RefusalAsync(YaojianDb db, Clue clue, ClueAction action, CancellationToken cancellationToken) =>
        action is ClueAction.Drop or ClueAction.HandleOtherwise && await CompulsoryAsync(db, clue, cancellationToken) is { } target
            ? EnumText.Format(Text.Clues_FilingCompulsory, Share(target), string.Join('、', target.Requirements), EnumText.Of(action))
            : null;

    /// <summary>For the clue's page: why it can only become a case (or join its group), or null when it may end otherwise.</summary>
    public static async Task<string?> NoteAsync(YaojianDb db, Clue clue, CancellationToken cancellationToken) =>
        ClueTriage.IsOpen(clue.Status) && await CompulsoryAsync(db, clue, cancellationToken) is { } target
            ? EnumText.Format(Text.Clues_FilingCompulsoryNote, Share(target), string.Join('、', target.Requirements))
            : null;

    /// <summary>The target that forbids the clue to end without a case, or null when none does.</summary>
    private static async Task<FilingTarget?> CompulsoryAsync(YaojianDb db, Clue clue, CancellationToken cancellationToken)
    {
        var clues = db.Clues.IgnoreQueryFilters().AsNoTracking();
        var ending = (clue.Source == ClueSource.Sampling ? 1 : 0)
            + await clues.CountAsync(c => c.GroupId == clue.Id && c.Source == ClueSource.Sampling && c.Status == ClueStatus.Merged && c.CaseId == null, cancellationToken);
        if (ending == 0 || await CaseLimitsInForce.FilingAsync(db, clue.ReceivedOn.Year, cancellationToken) is not { } target)
        {
            return null;
        }

        var (first, last) = (new DateOnly(clue.ReceivedOn.Year, 1, 1), new DateOnly(clue.ReceivedOn.Year, 12, 31));
        var year = await clues.Where(c => c.Source == ClueSource.Sampling && c.ReceivedOn >= first && c.ReceivedOn <= last)
            .Select(c => new { c.Status, c.CaseId, c.GroupId }).ToListAsync(cancellationToken);
        var heads = year.Where(c => c.GroupId is not null).Select(c => c.GroupId!.Value).Distinct().ToList();
        var openHeads = (await clues.Where(c => heads.Contains(c.Id) && (c.Status == ClueStatus.New || c.Status == ClueStatus.Verifying))
            .Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();

        // Lost: ended without a case, or merged into a group whose first clue ended without one.
        var lost = year.Count(c => c.CaseId is null && !ClueTriage.IsOpen(c.Status) && !(c.Status == ClueStatus.Merged && c.GroupId is { } head && openHeads.Contains(head)));
        return ClueTriage.BreaksFilingTarget(target.Share, year.Count, lost, ending) ? target : null;
    }

    private static string Share(FilingTarget target) => (target.Share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
