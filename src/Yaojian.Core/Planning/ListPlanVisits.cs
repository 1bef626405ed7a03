using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry.Search;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>
/// The year's visits the caller's units lead, filtered and paged, in window order. Unfiltered (the plan page's default
/// tab, which everyone opens), the year's order of visit ids is kept in <see cref="VersionedCache"/> until the data
/// changes, so that a page is read by its twenty ids instead of counting the year and sorting a month's visits by code.
/// </summary>
public sealed class ListPlanVisits(IDbContextFactory<YaojianDb> dbFactory, VersionedCache cache)
{
    public async Task<Page<VisitRow>?> RunAsync(Caller caller, VisitQuery query, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewPlans))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        // The year's plan first, so the visits are read by plan through the (plan, window start) index.
        var planId = await db.Plans.Where(p => p.Year == query.Year).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var visits = db.PlanVisits.AsNoTracking().Where(v => v.PlanId == planId);
        if (query.Unit is { Length: > 0 } unit)
        {
            visits = visits.Where(v => v.Unit!.Code == unit);
        }

        if (query.InspectorId is { } inspector)
        {
            visits = visits.Where(v => v.Inspectors.Any(i => i.InspectorId == inspector));
        }

        if (query.Month is { } month and >= 1 and <= 12)
        {
            var start = new DateOnly(query.Year, month, 1);
            var end = start.AddMonths(1).AddDays(-1);
            visits = visits.Where(v => v.WindowStart <= end && v.WindowEnd >= start);
        }

        if (query.Rule is { Length: > 0 } rule)
        {
            visits = visits.Where(v => (";" + v.RuleIds + ";").Contains(";" + rule + ";"));
        }

        if (query.Search?.Trim() is { Length: > 0 } search)
        {
            var candidates = EntityNameSearch.CandidateIds(db, search, withCreditCode: false);
            visits = candidates is null
                ? visits.Where(v => v.Entity!.Name.Contains(search) || v.Entity.Code == search)
                : visits.Where(v => candidates.Contains(v.EntityId) && (v.Entity!.Name.Contains(search) || v.Entity.Code == search));
        }

        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var skip = (page - 1) * size;
        int total;
        if (IsUnfiltered(query))
        {
            var version = await VersionedCache.VersionAsync(db, cancellationToken);
            var order = await cache.GetAsync(
                string.Create(CultureInfo.InvariantCulture, $"plan-visit-order:{query.Year}:{VersionedCache.Scope(caller)}"), version,
                () => InOrder(visits).Select(v => v.Id).ToListAsync(cancellationToken), cancellationToken);
            total = order.Count;
            var ids = order.Skip(skip).Take(size).ToList();
            (visits, skip) = (visits.Where(v => ids.Contains(v.Id)), 0);
        }
        else
        {
            total = await visits.CountAsync(cancellationToken);
            if (query.Search is not { Length: > 0 })
            {
                (visits, skip) = await NarrowAsync(visits, skip, size, cancellationToken);
            }
        }

        var rows = await InOrder(visits)
            .Skip(skip).Take(size)
            .Select(v => new
            {
                v.Id,
                v.EntityId,
                v.Entity!.Code,
                v.Entity.Name,
                v.Entity.Kind,
                v.Entity.Address,
                UnitCode = v.Unit!.Code,
                UnitName = v.Unit.Name,
                v.WindowStart,
                v.WindowEnd,
                v.RuleIds,
                v.Status,
            })
            .ToListAsync(cancellationToken);
        var inspectors = await VisitInspectorLookup.ReadAsync(db, rows.Select(r => r.Id).ToList(), cancellationToken);
        return new Page<VisitRow>(rows.Select(r => new VisitRow(r.Id, r.EntityId, r.Code, r.Name, r.Kind, r.Address, r.UnitCode, r.UnitName,
            r.WindowStart, r.WindowEnd, r.RuleIds.Split(';', StringSplitOptions.RemoveEmptyEntries), inspectors[r.Id].ToList(), r.Status)).ToList(), total, page, size);
    }

    private static IOrderedQueryable<PlanVisit> InOrder(IQueryable<PlanVisit> visits) =>
        visits.OrderBy(v => v.WindowStart).ThenBy(v => v.Entity!.Code);

    private static bool IsUnfiltered(VisitQuery query) =>
        query.Unit is not { Length: > 0 } && query.InspectorId is null && query.Month is not (>= 1 and <= 12)
        && query.Rule is not { Length: > 0 } && string.IsNullOrWhiteSpace(query.Search);

    /// <summary>
    /// A year's visits share a dozen window starts: read from the (plan, window start) index the first and last start
    /// on the page, and sort only the visits between them (by entity code), not the whole year, for any page.
    /// </summary>
    private static async Task<(IQueryable<PlanVisit> Visits, int Skip)> NarrowAsync(
        IQueryable<PlanVisit> visits, int skip, int size, CancellationToken cancellationToken)
    {
        var starts = visits.OrderBy(v => v.WindowStart).Select(v => (DateOnly?)v.WindowStart);
        if (await starts.Skip(skip).FirstOrDefaultAsync(cancellationToken) is not { } first)
        {
            return (visits, skip);
        }

        var before = await visits.CountAsync(v => v.WindowStart < first, cancellationToken);
        var narrowed = visits.Where(v => v.WindowStart >= first);
        if (await starts.Skip(skip + size - 1).FirstOrDefaultAsync(cancellationToken) is { } last)
        {
            narrowed = narrowed.Where(v => v.WindowStart <= last);
        }

        return (narrowed, skip - before);
    }
}
