using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// Shows stored clues, with the names behind their ids read once per list; to whoever lacks the personal-data right, the
/// reporter's name and phone masked, and the free texts (the summary, the decision, the steps' reasons) masked likewise.
/// </summary>
internal static class ClueViews
{
    /// <summary>
    /// The views of clues already in the caller's scope. The entity and the clues of the group are named past the query
    /// filters: a squad may handle a clue about a station's pharmacy, and naming it there is no leak.
    /// </summary>
    public static async Task<IReadOnlyList<ClueView>> ViewsAsync(
        YaojianDb db, Caller caller, IReadOnlyList<Clue> clues, DateOnly today, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var entityIds = clues.Select(c => c.EntityId).OfType<int>().Distinct().ToList();
        var productIds = clues.Select(c => c.ProductId).OfType<int>().Distinct().ToList();
        var unitIds = clues.Select(c => c.UnitId).Distinct().ToList();
        var caseIds = clues.Select(c => c.CaseId).OfType<int>().Distinct().ToList();
        var heads = clues.Select(c => c.GroupId ?? c.Id).Distinct().ToList();
        var entities = await db.Entities.IgnoreQueryFilters().Where(e => entityIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Name }).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var products = await db.Products.Where(p => productIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var units = await db.Units.Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Number }).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        var groups = (await db.Clues.IgnoreQueryFilters().Where(c => heads.Contains(c.Id) || (c.GroupId != null && heads.Contains(c.GroupId.Value)))
            .Select(c => new { c.Id, c.Number, c.GroupId }).ToListAsync(cancellationToken))
            .GroupBy(c => c.GroupId ?? c.Id).ToDictionary(g => g.Key, g => (Size: g.Count(), Head: g.FirstOrDefault(c => c.GroupId is null)?.Number));
        var personal = caller.Can(Permission.ViewPersonalData);
        var names = await ResolveDisplayNames.InAsync(db, clues.Select(c => c.DecidedBy), cancellationToken);
        return
        [
            .. clues.Select(c =>
            {
                var group = groups.GetValueOrDefault(c.GroupId ?? c.Id);
                return new ClueView(
                    c.Id, c.Number, c.Source, c.Channel, c.SourceRef,
                    c.EntityId, c.EntityId is { } entityId ? entities.GetValueOrDefault(entityId) : null,
                    c.ProductId, c.ProductId is { } productId ? products.GetValueOrDefault(productId) ?? c.ProductName : c.ProductName,
                    Shown(c, c.Summary, personal)!, c.UnitId, units.GetValueOrDefault(c.UnitId, string.Empty), c.ReceivedOn, c.DueOn,
                    ClueTriage.IsOverdue(c.Status, c.DueOn, today), c.Status, Shown(c, c.Decision, personal), c.DecidedAt, c.DecidedBy,
                    c.CaseId, c.CaseId is { } caseId ? cases.GetValueOrDefault(caseId) : null, c.DispositionId,
                    c.GroupId, group.Head, Math.Max(group.Size, 1),
                    personal ? c.ReporterName : Masking.PersonName(c.ReporterName),
                    personal ? c.ReporterPhone : Masking.Phone(c.ReporterPhone),
                    c.DecidedOn ?? (c.DecidedAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) : null),
                    c.DecidedBy is { } by ? names[by] : null,
                    c.ApprovedBy);
            }),
        ];
    }

    /// <summary>A free text of the clue as the caller may see it: masked (<see cref="TextMasking"/>), the reporter's name
    /// too, without the personal-data right.</summary>
    private static string? Shown(Clue clue, string? text, bool personal) => personal ? text : TextMasking.Mask(text, [clue.ReporterName]);

    /// <summary>One clue with its group, its steps, what may come next and the limit it is held to.</summary>
    public static async Task<ClueDetail> DetailAsync(YaojianDb db, Caller caller, Clue clue, DateOnly today, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var head = clue.GroupId ?? clue.Id;
        var members = await db.Clues.AsNoTracking().Where(c => c.Id == head || c.GroupId == head).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var views = await ViewsAsync(db, caller, [clue, .. members.Where(m => m.Id != clue.Id)], today, zone, cancellationToken);
        var limits = await CaseLimitsInForce.ForAsync(db, clue.ReceivedOn.Year, cancellationToken);
        var limit = limits.ForClue(clue.Source);
        var events = clue.Events.OrderBy(e => e.Id).ToList();
        var names = await ResolveDisplayNames.InAsync(db, events.Select(e => e.Actor), cancellationToken);
        var filing = await ClueFiling.NoteAsync(db, clue, cancellationToken);
        return new ClueDetail(
            views[0],
            members.Count > 1 ? [.. views.OrderBy(v => v.Id)] : [],
            [
                .. events.Select(e => new ClueEventView(e.Action, e.From, e.To, e.Actor, e.At, Shown(clue, e.Reason, caller.Can(Permission.ViewPersonalData)), e.DueOn,
                    names[e.Actor], TriageClue.EventOn(clue, e, zone.GetUtcOffset(e.At)), e.ApprovedBy)),
            ],
            [.. ClueTriage.PermittedIn(clue.Status, clue.GroupId is not null).Where(a => filing is null || a is not (ClueAction.Drop or ClueAction.HandleOtherwise))],
            limit?.Name,
            limit?.Basis,
            limits.Extended(limit?.Extend, clue.DueOn),
            filing);
    }
}
