using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Data;

namespace Yaojian.Core.Cases;

/// <summary>
/// Adds a clue to a context (the caller saves, so a clue opened by a sample result is stored with that result): numbered,
/// given its handling unit and its time limit (the plan file's for its source, unless given), grouped under the first
/// open clue about the same entity and product, and its opening written as the first step of its triage. Texts entered
/// by hand are checked by the caller (<see cref="RecordClue"/>); texts derived from a source (a sample's summary) are
/// shortened visibly if they must be.
/// </summary>
public static class OpenClue
{
    public const int MaxSummaryLength = 2000;

    public static async Task<Clue> AddAsync(YaojianDb db, OpenClueInput input, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unitId = input.UnitId
            ?? (input.EntityId is { } entityId ? await db.Entities.IgnoreQueryFilters().Where(e => e.Id == entityId).Select(e => (int?)e.UnitId).SingleAsync(cancellationToken) : null)
            ?? throw new ArgumentException("A clue about no entity needs its handling unit.", nameof(input));
        var productKey = ProductKey(input.ProductId, input.ProductName);
        var group = input.EntityId is null ? null : await db.Clues.IgnoreQueryFilters()
            .Where(c => c.EntityId == input.EntityId && c.GroupId == null && (c.Status == ClueStatus.New || c.Status == ClueStatus.Verifying))
            .Where(c => productKey == null ? c.ProductId == null && c.ProductName == null : c.ProductId == input.ProductId && (input.ProductId != null || c.ProductName == input.ProductName))
            .OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var dueOn = input.DueOn ?? (await CaseLimitsInForce.ForAsync(db, input.ReceivedOn.Year, cancellationToken)).ClueDue(input.Source, input.ReceivedOn);
        var clue = new Clue
        {
            Number = await YearNumbers.NextAsync(db.Clues.IgnoreQueryFilters().Select(c => c.Number),
                db.Clues.Local.Where(c => c.Id == 0).Select(c => c.Number), "线索", input.ReceivedOn.Year, cancellationToken),
            Source = input.Source,
            SourceRef = CaseTexts.Shorten(input.SourceRef, 100),
            EntityId = input.EntityId,
            ProductId = input.ProductId,
            ProductName = CaseTexts.Shorten(input.ProductName, 200),
            Summary = CaseTexts.Shorten(input.Summary, MaxSummaryLength) ?? string.Empty,
            UnitId = unitId,
            ReceivedOn = input.ReceivedOn,
            DueOn = dueOn,
            GroupId = group,
            CreatedBy = by,
            CreatedAt = now.ToUniversalTime(),
        };
        clue.Events.Add(new ClueEvent
        {
            Action = ClueAction.Open,
            From = ClueStatus.New,
            To = ClueStatus.New,
            Actor = by,
            At = now.ToUniversalTime(),
            On = input.ReceivedOn,
            DueOn = dueOn,
        });
        db.Clues.Add(clue);
        return clue;
    }

    private static string? ProductKey(int? productId, string? productName) =>
        productId?.ToString(CultureInfo.InvariantCulture) ?? (string.IsNullOrWhiteSpace(productName) ? null : productName.Trim());
}
