using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry.Search;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>The registry list: search by name, code or credit code, the filters, and server-side paging.</summary>
public sealed class ListEntities(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<Page<EntitySummary>> RunAsync(Caller caller, EntityFilter filter, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(filter.PageSize, 1, EntityFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var query = Apply(db, db.Entities.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(e => e.Code)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(e => new EntitySummary(
                e.Id, e.Code, e.Name, e.Uscc, e.Kind, e.Unit!.Code, e.Unit.Name, e.Area, e.CreditGrade, e.DeviceTier,
                e.Status, e.Tags, e.Township, e.Address))
            .ToListAsync(cancellationToken);
        return new Page<EntitySummary>(items, total, page, pageSize);
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
