using Yaojian.Core.Planning.Engine;

namespace Yaojian.Core.Planning;

/// <summary>
/// The plan engine (requirements §2): registry + plan file + history → dated visits with their lead unit and two or
/// more randomly drawn inspectors. A pure function: the same request always gives the same plan.
/// </summary>
public static class PlanEngine
{
    public static PlanOutcome Schedule(PlanRequest request)
    {
        var entities = request.Entities.Where(e => e.CanBePlanned).ToList();
        var history = new HistoryIndex(request.History, request.Year);
        var drawn = ShareDraws.Draw(request, entities, history);
        var deadlines = MilestoneDeadlines.Assign(request, entities);
        var builder = new ObligationBuilder(request, drawn, history, deadlines);
        var kept = request.Kept.ToLookup(v => v.EntityCode, StringComparer.Ordinal);
        var campaigns = request.Plan.Campaigns.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var drafts = new List<VisitDraft>(entities.Count * 2);
        var obligations = new List<Obligation>();
        foreach (var entity in entities)
        {
            if (request.OnlyEntities is { } only && !only.Contains(entity.Code))
            {
                continue;
            }

            builder.Build(entity, obligations);
            VisitGrouping.Group(entity, obligations, history.DatesThisYear(entity.Code), kept[entity.Code].ToList(), campaigns, request.Seed, drafts);
        }

        MonthAssignment.Assign(drafts);
        var shortfalls = InspectorDraw.Assign(drafts, request.Inspectors, request.Plan.Draw.InspectorsPerVisit, request.Seed);
        var visits = drafts.Select(ToVisit)
            .OrderBy(v => v.EntityCode, StringComparer.Ordinal)
            .ThenBy(v => v.WindowStart)
            .ThenBy(v => v.Unit, StringComparer.Ordinal)
            .ThenBy(v => string.Join(';', v.RuleIds), StringComparer.Ordinal)
            .ToList();
        return new PlanOutcome(visits, shortfalls);
    }

    private static PlannedVisit ToVisit(VisitDraft draft)
    {
        var served = draft.Obligations.Where(o => o.Start <= draft.WindowStart && o.End >= draft.WindowEnd).ToList();

        // A milestone is named only for a member that no rule plans, so that every visit says why it is there.
        var rules = served.Where(o => !o.IsMilestone).OrderBy(o => o.RuleOrder).Select(o => o.RuleId).Distinct(StringComparer.Ordinal).ToList();
        if (rules.Count == 0)
        {
            rules = served.Select(o => o.RuleId).Distinct(StringComparer.Ordinal).ToList();
        }

        return new PlannedVisit(draft.Entity.Code, rules, draft.WindowStart, draft.WindowEnd, draft.Unit, draft.Inspectors.ToList());
    }
}
