using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// The published penalty decisions for the public page (no login): a year's (or every year's), the latest first, or
/// one; only what is published, with the texts its publisher approved, masked (<see cref="CasePublication"/>).
/// </summary>
public sealed class GetPublicPenalties(IDbContextFactory<YaojianDb> dbFactory)
{
    private static readonly Caller Public = Caller.System("public");

    public async Task<IReadOnlyList<PublicPenalty>> RunAsync(int? year, bool typicalOnly = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(Public, cancellationToken);
        var query = Published(db);
        if (year is { } y)
        {
            var (first, last) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            query = query.Where(c => c.DecidedOn >= first && c.DecidedOn <= last);
        }

        if (typicalOnly)
        {
            query = query.Where(c => c.Typical);
        }

        return await ShowAsync(db, await query.ToListAsync(cancellationToken), cancellationToken);
    }

    public async Task<PublicPenalty?> OneAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(Public, cancellationToken);
        var found = await Published(db).Where(c => c.Id == id).ToListAsync(cancellationToken);
        return (await ShowAsync(db, found, cancellationToken)).SingleOrDefault();
    }

    private static IQueryable<Case> Published(YaojianDb db) =>
        db.Cases.AsNoTracking().Include(c => c.Persons).Include(c => c.Penalties).AsSplitQuery()
            .Where(c => c.PublishedAt != null && c.DecidedOn != null && c.DecisionNumber != null);

    /// <summary>The cases as the public sees them, with their units' names and their masks.</summary>
    internal static async Task<IReadOnlyList<PublicPenalty>> ShowAsync(
        YaojianDb db, List<Case> cases, CancellationToken cancellationToken, DateTimeOffset? previewAt = null)
    {
        var unitIds = cases.Select(c => c.UnitId).Distinct().ToList();
        var units = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var texts = await PublicText.ForAsync(db, cases, cancellationToken);
        return
        [
            .. cases.OrderByDescending(c => c.DecidedOn).ThenByDescending(c => c.Id)
                .Select(c => CasePublication.Show(c, units.GetValueOrDefault(c.UnitId, string.Empty), texts[c.Id], previewAt ?? c.PublishedAt!.Value)),
        ];
    }
}
