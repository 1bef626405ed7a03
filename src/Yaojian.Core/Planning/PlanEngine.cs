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
            VisitGrouping.Group(entity, obligations, history.DatesThisYear(entity.Code), kept[entity.Code], campaigns, request.Seed, drafts);
        }

        MonthAssignment.Assign(drafts);
        var shortfalls = InspectorDraw.Assign(drafts, request.Inspectors, request.Plan.Draw.InspectorsPerVisit, request.Seed);
        var visits = new PlannedVisit[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            visits[i] = ToVisit(drafts[i]);
        }

        drafts.Clear();
        drafts.TrimExcess();
        Array.Sort(visits, VisitOrder);
        return new PlanOutcome(visits, shortfalls);
    }

    private static int VisitOrder(PlannedVisit a, PlannedVisit b)
    {
        var order = string.CompareOrdinal(a.EntityCode, b.EntityCode);
        order = order != 0 ? order : a.WindowStart.CompareTo(b.WindowStart);
        order = order != 0 ? order : string.CompareOrdinal(a.Unit, b.Unit);
        for (var i = 0; order == 0 && i < Math.Min(a.RuleIds.Count, b.RuleIds.Count); i++)
        {
            order = string.CompareOrdinal(a.RuleIds[i], b.RuleIds[i]);
        }

        return order != 0 ? order : a.RuleIds.Count.CompareTo(b.RuleIds.Count);
    }

    private static PlannedVisit ToVisit(VisitDraft draft)
    {
        // Rules in the plan's order. A milestone is named only for a member that no rule plans, so that every visit
        // says why it is there.
        var served = new List<(int Order, string Id)>(4);
        var milestones = new List<string>(1);
        foreach (var obligation in draft.Obligations)
        {
            if (obligation.Start > draft.WindowStart || obligation.End < draft.WindowEnd)
            {
                continue;
            }

            if (obligation.IsMilestone)
            {
                milestones.Add(obligation.RuleId);
            }
            else
            {
                served.Add((obligation.RuleOrder, obligation.RuleId));
            }
        }

        served.Sort();
        var rules = new List<string>(served.Count);
        foreach (var (_, id) in served)
        {
            if (!rules.Contains(id))
            {
                rules.Add(id);
            }
        }

        if (rules.Count == 0)
        {
            rules.AddRange(milestones.Distinct(StringComparer.Ordinal));
        }

        return new PlannedVisit(draft.Entity.Code, rules, draft.WindowStart, draft.WindowEnd, draft.Unit, draft.Inspectors);
    }
}
