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

        if (query.From is null && query.To is null)
        {
            var total = await records.CountAsync(cancellationToken);
            var items = await ListInspectionWork.SummariesAsync(db, records.OrderByDescending(i => i.Id).Skip((page - 1) * size), size, cancellationToken);
            return new Page<InspectionSummary>(items, total, page, size);
        }

        // SQLite cannot compare DateTimeOffset values in SQL: the period is applied to the starts read (id and moment
        // only, of the records the other filters keep), then the page is read by its ids, alike on both databases.
        var (start, end) = (LocalMidnight(query.From), LocalMidnight(query.To is { } to && to < DateOnly.MaxValue ? to.AddDays(1) : null));
        var starts = await records.Select(i => new { i.Id, i.StartedAt }).ToListAsync(cancellationToken);
        var inPeriod = starts.Where(i => (start is null || i.StartedAt >= start) && (end is null || i.StartedAt < end))
            .Select(i => i.Id).OrderDescending().ToList();
        var pageIds = inPeriod.Skip((page - 1) * size).Take(size).ToList();
        var pageItems = await ListInspectionWork.SummariesAsync(db, records.Where(i => pageIds.Contains(i.Id)).OrderByDescending(i => i.Id), size, cancellationToken);
        return new Page<InspectionSummary>(pageItems, inPeriod.Count, page, size);
    }

    /// <summary>
    /// The period is in the bureau's days; the stored moments are UTC, so a bound is the local midnight. The first and
    /// last years of the calendar bound nothing (their midnights may fall outside what a moment can hold).
    /// </summary>
    private DateTimeOffset? LocalMidnight(DateOnly? day) =>
        day is { Year: > 1 and < 9999 } bound && bound.ToDateTime(TimeOnly.MinValue) is var midnight
            ? new DateTimeOffset(midnight, clock.LocalTimeZone.GetUtcOffset(midnight))
            : null;
}
