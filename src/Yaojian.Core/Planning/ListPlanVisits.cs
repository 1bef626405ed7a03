using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>The year's visits the caller's units lead, filtered and paged, in window order.</summary>
public sealed class ListPlanVisits(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<Page<VisitRow>?> RunAsync(Caller caller, VisitQuery query, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewPlans))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var visits = db.PlanVisits.AsNoTracking().Where(v => db.Plans.Any(p => p.Id == v.PlanId && p.Year == query.Year));
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
            visits = visits.Where(v => v.Entity!.Name.Contains(search) || v.Entity.Code == search);
        }

        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var total = await visits.CountAsync(cancellationToken);
        var rows = await visits.OrderBy(v => v.WindowStart).ThenBy(v => v.Entity!.Code)
            .Skip((page - 1) * size).Take(size)
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
                Inspectors = v.Inspectors.Select(i => new InspectorRef(i.InspectorId, i.Inspector!.Code, i.Inspector.Name)).ToList(),
                v.Status,
            })
            .ToListAsync(cancellationToken);
        return new Page<VisitRow>(rows.Select(r => new VisitRow(r.Id, r.EntityId, r.Code, r.Name, r.Kind, r.Address, r.UnitCode, r.UnitName,
            r.WindowStart, r.WindowEnd, r.RuleIds.Split(';', StringSplitOptions.RemoveEmptyEntries), r.Inspectors, r.Status)).ToList(), total, page, size);
    }
}
