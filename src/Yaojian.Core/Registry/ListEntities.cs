using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry.Search;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>
/// The registry list: search by name, code or credit code, the filters, and server-side paging. Without a search the
/// total is kept in <see cref="VersionedCache"/> (every user opening the registry asked the database to count 100,000
/// rows), and a deep page seeks from the code that ends the block of <see cref="Stride"/> before it instead of having
/// the database step over every row before it (<c>?page=5000</c> was an OFFSET of 100,000): the same rows either way,
/// since codes are unique and the list is in code order.
/// </summary>
public sealed class ListEntities(IDbContextFactory<YaojianDb> dbFactory, VersionedCache cache)
{
    /// <summary>The rows between two bookmarks: a page that far in or deeper starts from a bookmark.</summary>
    internal const int Stride = 1000;

    public async Task<Page<EntitySummary>> RunAsync(Caller caller, EntityFilter filter, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(filter.PageSize, 1, EntityFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var filtered = Apply(db, db.Entities.AsNoTracking(), filter);
        var query = filtered;
        var skip = (long)(page - 1) * pageSize;
        int total;
        if (CacheKey(caller, filter) is { } key)
        {
            var version = await VersionedCache.VersionAsync(db, cancellationToken);
            total = await cache.GetAsync("registry-count:" + key, version, () => filtered.CountAsync(cancellationToken), cancellationToken);
            if (skip >= Stride && skip < total)
            {
                var bookmarks = await cache.GetAsync("registry-bookmarks:" + key, version, () => BookmarksAsync(filtered, cancellationToken), cancellationToken);
                var block = (int)Math.Min(skip / Stride, bookmarks.Count);
                if (block > 0)
                {
                    var after = bookmarks[block - 1];
                    query = query.Where(e => e.Code.CompareTo(after) > 0);
                    skip -= (long)block * Stride;
                }
            }
        }
        else if (filter.Search is { } search && NameGrams.ForQuery(search.Trim()).Count > 0)
        {
            // A search through the name bigrams has few matches: read once in order, they give the total and the
            // page, where a count and then the page would have the database find them twice.
            var matches = await filtered.OrderBy(e => e.Code).Select(e => e.Id).ToListAsync(cancellationToken);
            total = matches.Count;
            var ids = matches.Skip((int)Math.Min(skip, total)).Take(pageSize).ToList();
            query = db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id));
            skip = 0;
        }
        else
        {
            total = await filtered.CountAsync(cancellationToken);
        }

        var items = skip >= total
            ? []
            : await query
                .OrderBy(e => e.Code)
                .Skip((int)skip)
                .Take(pageSize)
                .Select(e => new EntitySummary(
                    e.Id, e.Code, e.Name, e.Uscc, e.Kind, e.Unit!.Code, e.Unit.Name, e.Area, e.CreditGrade, e.DeviceTier,
                    e.Status, e.Tags, e.Township, e.Address))
                .ToListAsync(cancellationToken);
        return new Page<EntitySummary>(items, total, page, pageSize);
    }

    /// <summary>
    /// The key of the list's total and bookmarks: the caller's units and every filter; none (not kept) for a search or
    /// a unit named in the query, whose values are free text, nor for enum values that are not defined, so that the
    /// kept answers stay few.
    /// </summary>
    private static string? CacheKey(Caller caller, EntityFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search) || !string.IsNullOrWhiteSpace(filter.UnitCode)
            || filter.Kind is { } kind && !Enum.IsDefined(kind)
            || filter.Area is { } area && !Enum.IsDefined(area)
            || filter.Status is { } status && !Enum.IsDefined(status)
            || !filter.NoGrade && filter.Grade is { } grade && !Enum.IsDefined(grade)
            || filter.Tag is { } tag && tag != SupervisionTags.None && !Enum.IsDefined(tag))
        {
            return null;
        }

        var grading = filter.NoGrade ? "none" : filter.Grade?.ToString();
        var tags = filter.Tag is { } t && t != SupervisionTags.None ? t.ToString() : null;
        return $"{VersionedCache.Scope(caller)}:{filter.Kind}:{filter.Area}:{grading}:{filter.Status}:{tags}";
    }

    /// <summary>The codes at positions <see cref="Stride"/> − 1, 2 × <see cref="Stride"/> − 1, …: one pass over the codes.</summary>
    private static async Task<IReadOnlyList<string>> BookmarksAsync(IQueryable<RegulatedEntity> query, CancellationToken cancellationToken)
    {
        var bookmarks = new List<string>();
        var position = 0;
        await foreach (var code in query.OrderBy(e => e.Code).Select(e => e.Code).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (++position % Stride == 0)
            {
                bookmarks.Add(code);
            }
        }

        return bookmarks;
    }

    internal static IQueryable<RegulatedEntity> Apply(YaojianDb db, IQueryable<RegulatedEntity> query, EntityFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            query = EntityNameSearch.Search(query, db, filter.Search.Trim());
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.UnitCode))
        {
            query = query.Where(e => e.Unit!.Code == filter.UnitCode);
        }

        if (filter.Area is { } area)
        {
            query = query.Where(e => e.Area == area);
        }

        if (filter.NoGrade)
        {
            query = query.Where(e => e.CreditGrade == null);
        }
        else if (filter.Grade is { } grade)
        {
            query = query.Where(e => e.CreditGrade == grade);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        if (filter.Tag is { } tag && tag != SupervisionTags.None)
        {
            query = query.Where(e => (e.Tags & tag) == tag);
        }

        return query;
    }
}
