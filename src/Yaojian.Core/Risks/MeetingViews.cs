using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Documents;

namespace Yaojian.Core.Risks;

/// <summary>Loads a meeting and builds its three lists from its decisions and the measures it decided.</summary>
internal static class MeetingViews
{
    public static IQueryable<RiskMeeting> Whole(YaojianDb db) => db.RiskMeetings.Include(m => m.Attendees).Include(m => m.Decisions).AsSplitQuery();

    public static async Task<MeetingView> ViewAsync(YaojianDb db, RiskMeeting meeting, DateOnly today, CancellationToken cancellationToken)
    {
        var plan = await RiskViews.PlanAsync(db, meeting.Year, cancellationToken);
        var measures = await db.RiskMeasures.AsNoTracking().Where(m => m.MeetingId == meeting.Id).OrderBy(m => m.RiskId).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var riskIds = meeting.Decisions.Select(d => d.RiskId).Concat(measures.Select(m => m.RiskId)).Distinct().ToList();
        var risks = await db.Risks.AsNoTracking().Include(r => r.Entities).Where(r => riskIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var units = await RiskViews.UnitNamesAsync(db,
            [.. risks.Values.Select(r => r.UnitId), .. measures.Select(m => m.OwnerUnitId), .. meeting.Attendees.Select(a => a.UnitId).OfType<int>()], cancellationToken);
        var entityIds = risks.Values.SelectMany(r => r.Entities.Select(e => e.EntityId)).Distinct().ToList();
        var entities = await db.Entities.IgnoreQueryFilters().Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var productIds = risks.Values.Select(r => r.ProductId).OfType<int>().Distinct().ToList();
        var products = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        var riskRows = meeting.Decisions.OrderBy(d => d.Id).Select((d, i) =>
        {
            var r = risks[d.RiskId];
            var concerns = string.Join("；", new[]
            {
                string.Join("、", r.Entities.Select(e => entities.GetValueOrDefault(e.EntityId))),
                r.ProductName ?? (r.ProductId is { } p ? products.GetValueOrDefault(p) : null),
                string.Join(" ", new[] { r.AreaClass is { } a ? EnumText.Of(a) : null, r.Place }.OfType<string>()),
            }.Where(s => !string.IsNullOrWhiteSpace(s)));
            return new RiskListRow(i + 1, r.Id, r.Number, r.Title, r.Class, plan.LevelOf(d.Level ?? r.Level)?.Name ?? d.Level ?? r.Level, r.Source,
                concerns, units.GetValueOrDefault(r.UnitId, string.Empty), d.Kind, d.Conclusion, r.Stage);
        }).ToList();
        var riskOrder = riskRows.ToDictionary(r => r.RiskId, r => r.Seq);
        var measureRows = measures.OrderBy(m => riskOrder.GetValueOrDefault(m.RiskId, int.MaxValue)).ThenBy(m => m.Id).Select((m, i) =>
            new MeasureListRow(i + 1, m.Id, m.RiskId, risks[m.RiskId].Number, risks[m.RiskId].Title, m.Text, units.GetValueOrDefault(m.OwnerUnitId, string.Empty),
                m.OwnerPerson, m.Deadline, m.Status, MeasureRules.IsOverdue(m.Status, m.Deadline, today))).ToList();
        var fallbackUnit = meeting.Attendees.Select(a => a.UnitId).OfType<int>().FirstOrDefault();
        fallbackUnit = fallbackUnit != 0 ? fallbackUnit : await db.Units.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(cancellationToken);
        return new MeetingView(
            meeting.Id, meeting.Area, MeetingTitles.Of(plan, meeting.Area, meeting.Year, meeting.Quarter),
            await BureauNames.ForAsync(db, meeting.Year, fallbackUnit, cancellationToken),
            meeting.HeldOn, meeting.Year, meeting.Quarter, meeting.Chair, meeting.Location, meeting.Minutes,
            [.. meeting.Attendees.OrderBy(a => a.Id).Select(a => new AttendeeView(a.UnitId, a.UnitId is { } u ? units.GetValueOrDefault(u) : null, a.PersonName, a.Post))],
            new MeetingPapers(riskRows, measureRows, MeetingPapers.ResponsibilitiesOf(measureRows)));
    }
}
