using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>The meetings (the latest first), by year and area, and whether this period's meetings of the plan file were held.</summary>
public sealed class ListMeetings(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<MeetingsOverview> RunAsync(Caller caller, int? year = null, RiskArea? area = null, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewRisks))
        {
            return new MeetingsOverview([], []);
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = RiskViews.Today(clock);
        var all = await db.RiskMeetings.AsNoTracking().Include(m => m.Decisions).ToListAsync(cancellationToken);
        var shown = all.Where(m => (year is null || m.Year == year) && (area is null || m.Area == area)).ToList();
        var ids = shown.Select(m => m.Id).ToList();
        var measures = (await db.RiskMeasures.AsNoTracking().Where(m => m.MeetingId != null && ids.Contains(m.MeetingId.Value))
            .Select(m => new { m.MeetingId, m.Status, m.Deadline }).ToListAsync(cancellationToken)).ToLookup(m => m.MeetingId!.Value);
        var plan = await RiskViews.PlanAsync(db, today.Year, cancellationToken);
        var plans = new Dictionary<int, RiskConsultationPlan> { [today.Year] = plan };
        foreach (var y in shown.Select(m => m.Year).Distinct().Where(y => !plans.ContainsKey(y)))
        {
            plans[y] = await RiskViews.PlanAsync(db, y, cancellationToken);
        }

        return new MeetingsOverview(
            [
                .. shown.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Select(m => new MeetingSummary(
                    m.Id, m.Area, MeetingTitles.Of(plans[m.Year], m.Area, m.Year, m.Quarter), m.HeldOn, m.Year, m.Quarter, m.Chair, m.Decisions.Count,
                    measures[m.Id].Count(), measures[m.Id].Count(x => MeasureRules.IsOverdue(x.Status, x.Deadline, today)))),
            ],
            ConsultationSchedule.For(plan, all.Select(m => (m.Area, m.HeldOn)), today));
    }
}
