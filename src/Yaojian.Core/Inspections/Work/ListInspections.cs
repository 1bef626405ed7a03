using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Work;

/// <summary>The records of the caller's units, filtered, newest first, paged (the API's list; the pages show the day's work).</summary>
public sealed class ListInspections(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<Page<InspectionSummary>> RunAsync(Caller caller, InspectionQuery query, CancellationToken cancellationToken = default)
    {
        var size = Math.Clamp(query.PageSize, 1, InspectionQuery.MaxPageSize);
        var page = Math.Max(1, query.Page);
        if (!caller.Can(Permission.ViewInspections))
        {
            return new Page<InspectionSummary>([], 0, page, size);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var records = db.Inspections.AsNoTracking();
        if (query.EntityId is { } entityId)
        {
            records = records.Where(i => i.EntityId == entityId);
        }

        if (query.Status is { } status)
        {
            records = records.Where(i => i.Status == status);
        }

        // The period is in the bureau's days; the stored moments are UTC, so the bounds are the local midnights.
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), clock.LocalTimeZone.GetUtcOffset(from.ToDateTime(TimeOnly.MinValue)));
            records = records.Where(i => i.StartedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), clock.LocalTimeZone.GetUtcOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue)));
            records = records.Where(i => i.StartedAt < end);
        }

        var total = await records.CountAsync(cancellationToken);
        var items = await ListInspectionWork.SummariesAsync(db, records.OrderByDescending(i => i.Id).Skip((page - 1) * size), size, cancellationToken);
        return new Page<InspectionSummary>(items, total, page, size);
    }
}
