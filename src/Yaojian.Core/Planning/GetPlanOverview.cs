using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Planning;

/// <summary>
/// The plan page's summary of a year, within the caller's units: the file, the draw, loads and coverage. Computed from
/// the whole registry, history and plan, so kept in <see cref="VersionedCache"/> until the data changes.
/// </summary>
public sealed class GetPlanOverview(IDbContextFactory<YaojianDb> dbFactory, VersionedCache cache)
{
    public async Task<PlanOverview?> RunAsync(Caller caller, int year, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewPlans))
        {
            return null;
        }

        string version;
        await using (var db = await dbFactory.CreateForAsync(caller, cancellationToken))
        {
            version = await VersionedCache.VersionAsync(db, cancellationToken);
        }

        return await cache.GetAsync(
            string.Create(CultureInfo.InvariantCulture, $"plan-overview:{year}:{VersionedCache.Scope(caller)}"), version,
            () => ComputeAsync(caller, year, cancellationToken), cancellationToken);
    }

    private async Task<PlanOverview> ComputeAsync(Caller caller, int year, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var found = await PlanInputs.PlanFileAsync(db, year, cancellationToken);
        var draw = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Year == year, cancellationToken);
        if (found is null && draw is null)
        {
            return new PlanOverview(year, null, null);
        }

        var entities = await PlanInputs.EntitiesAsync(db, cancellationToken);
        var visits = draw is null ? [] : await StoredVisits.ForPlanAsync(db, draw.Id, cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, StringComparer.Ordinal, cancellationToken);
        PlanFileSummary? file = null;
        if (found is { } loaded)
        {
            var (stored, plan) = loaded;
            file = new PlanFileSummary(stored.Id, stored.Title, stored.FileName, stored.Sha256, stored.LoadedAt, stored.LoadedBy,
                plan.SchedulingRules.Select(r => new RuleSummary(r.Id, r.Name, r.Requirements, FrequencyText.Describe(r), LeadName(r.Lead, units),
                    visits.Count(v => v.Visit.RuleIds.Contains(r.Id)), visits.Where(v => v.Visit.RuleIds.Contains(r.Id)).Select(v => v.Visit.EntityCode).Distinct().Count())).ToList(),
                plan.Campaigns.Select(c => new CampaignSummary(c.Id, c.Name, c.Requirements, TargetText(c.Target), c.Deadline,
                    entities.Count(c.Select.Matches), c.Focus)).ToList(),
                plan.Grading.Select(g => new GradingSummary(g.Id, g.Name, g.Requirements, GradingText.Events(g), GradingText.Move(g))).ToList(),
                DormantEntities.OutsidePlan(plan, entities));
        }

        PlanDrawSummary? summary = null;
        if (draw is not null)
        {
            var history = await PlanInputs.HistoryAsync(db, cancellationToken);
            var coverage = found is { } withPlan ? CoverageProjection.For(withPlan.Plan, year, entities, visits.Select(v => v.Visit), history) : [];
            summary = new PlanDrawSummary(draw.Id, draw.Seed, draw.Status, draw.GeneratedAt, draw.GeneratedBy, draw.PublishedAt,
                visits.Count, visits.Select(v => v.Visit.EntityCode).Distinct().Count(),
                Loads(visits.GroupBy(v => (v.UnitId, v.Visit.Unit, Name: units.GetValueOrDefault(v.Visit.Unit, v.Visit.Unit), Unit: string.Empty))),
                Loads(visits.SelectMany(v => v.Inspectors.Select(i => (Visit: v, Inspector: i)))
                    .GroupBy(x => (x.Inspector.Id, x.Inspector.Code, x.Inspector.Name, Unit: units.GetValueOrDefault(x.Visit.Visit.Unit, x.Visit.Visit.Unit)), x => x.Visit)),
                coverage);
        }

        return new PlanOverview(year, file, summary);
    }

    private static List<LoadRow> Loads(IEnumerable<IGrouping<(int Id, string Code, string Name, string Unit), StoredVisit>> groups) =>
        groups.Select(g =>
        {
            var months = new int[12];
            foreach (var visit in g)
            {
                months[visit.Visit.WindowStart.Month - 1]++;
            }

            return new LoadRow(g.Key.Id, g.Key.Code, g.Key.Name, g.Key.Unit, months);
        }).OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();

    private static string LeadName(LeadUnit lead, Dictionary<string, string> units) =>
        lead.Code is { } code ? units.GetValueOrDefault(code, code) : Text.Lead_Territorial;

    private static string TargetText(CampaignTarget target) =>
        target.All ? Text.Campaign_TargetAll : target.Count is { } n ? EnumText.Format(Text.Campaign_TargetCount, n) : Text.Campaign_TargetNone;
}
