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
        IEnumerable<PlannedVisit> noneKept = [];
        var campaigns = request.Plan.Campaigns.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var planned = request.OnlyEntities is { } only ? entities.Where(e => only.Contains(e.Code)).ToList() : entities;
        var drafts = new List<VisitDraft>(planned.Count * 2);
        var obligations = new List<Obligation>();
        var open = new List<Obligation>();
        foreach (var entity in planned)
        {
            builder.Build(entity, obligations);
            VisitGrouping.Group(entity, obligations, history.DatesThisYear(entity.Code), kept.Count == 0 ? noneKept : kept[entity.Code], campaigns, request.Seed, request.Plan.Draw.InspectorsPerVisit, drafts, open);
        }

        // Each unit's months and inspectors are its own: each unit is placed and drawn on its own.
        var byUnit = new Dictionary<string, List<VisitDraft>>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            if (!byUnit.TryGetValue(draft.Unit, out var unitDrafts))
            {
                byUnit[draft.Unit] = unitDrafts = [];
            }

            unitDrafts.Add(draft);
        }

        foreach (var unitDrafts in byUnit.Values)
        {
            MonthAssignment.Assign(unitDrafts);
        }

        var shortfalls = InspectorDraw.Assign(byUnit, request.Inspectors, request.Plan.Draw.InspectorsPerVisit, request.Seed);
        byUnit.Clear();
        var visits = new PlannedVisit[drafts.Count];
        var rules = new VisitRules();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            visits[i] = new PlannedVisit(draft.Entity.Code, rules.Of(draft), draft.WindowStart, draft.WindowEnd, draft.Unit, draft.Inspectors);
        }

        drafts.Clear();
        drafts.TrimExcess();

        // The visits come entity by entity. With the entities in code order (files and the database list them so),
        // sorting each entity's few visits puts the whole plan in order; otherwise sort it whole.
        if (InCodeOrder(planned))
        {
            SortEachEntity(visits);
        }
        else
        {
            Array.Sort(visits, VisitOrder);
        }

        // A re-plan of some entities asks only for their visits.
        var dormant = request.OnlyEntities is null ? DormantEntities.OutsidePlan(request.Plan, entities) : [];
        return new PlanOutcome(visits, shortfalls, dormant);
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

    private static bool InCodeOrder(List<PlanEntity> entities)
    {
        for (var i = 1; i < entities.Count; i++)
        {
            if (string.CompareOrdinal(entities[i - 1].Code, entities[i].Code) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void SortEachEntity(PlannedVisit[] visits)
    {
        var order = Comparer<PlannedVisit>.Create(VisitOrder);
        for (var first = 0; first < visits.Length;)
        {
            var end = first + 1;
            while (end < visits.Length && string.Equals(visits[end].EntityCode, visits[first].EntityCode, StringComparison.Ordinal))
            {
                end++;
            }

            if (end - first > 1)
            {
                Array.Sort(visits, first, end - first, order);
            }

            first = end;
        }
    }
}
