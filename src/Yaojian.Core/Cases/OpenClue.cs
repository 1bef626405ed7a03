using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Cases;

/// <summary>
/// Adds a clue to a context (the caller saves, so a clue opened by a sample result is stored with that result): numbered,
/// given its handling unit, and grouped under the first open clue about the same entity and product.
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
        var clue = new Clue
        {
            Number = await NextNumberAsync(db, input.ReceivedOn.Year, cancellationToken),
            Source = input.Source,
            SourceRef = Trim(input.SourceRef, 100),
            EntityId = input.EntityId,
            ProductId = input.ProductId,
            ProductName = Trim(input.ProductName, 200),
            Summary = Trim(input.Summary, MaxSummaryLength) ?? string.Empty,
            UnitId = unitId,
            ReceivedOn = input.ReceivedOn,
            DueOn = input.DueOn,
            GroupId = group,
            CreatedBy = by,
            CreatedAt = now,
        };
        db.Clues.Add(clue);
        return clue;
    }

    private static string? ProductKey(int? productId, string? productName) =>
        productId?.ToString(CultureInfo.InvariantCulture) ?? (string.IsNullOrWhiteSpace(productName) ? null : productName.Trim());

    // Numbers already added to the context but not saved count too: a sheet of results opens several clues in one save.
    private static async Task<string> NextNumberAsync(YaojianDb db, int year, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"线索〔{year}〕第");
        var stored = await db.Clues.IgnoreQueryFilters().CountAsync(c => c.Number.StartsWith(prefix), cancellationToken);
        var pending = db.Clues.Local.Count(c => c.Id == 0 && c.Number.StartsWith(prefix, StringComparison.Ordinal));
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{stored + pending + 1:D6}号");
    }

    private static string? Trim(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, max)];
}
