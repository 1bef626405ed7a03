using Yaojian.Core.Planning;

namespace Yaojian.Core.Tests.Planning;

/// <summary>Checks shared by several properties, each failing with the visits it looked at.</summary>
public static class PlanChecks
{
    /// <summary>The periods a rule counts in: the calendar periods of a periodic rule, a campaign's own window, else the year.</summary>
    public static IReadOnlyList<(DateOnly Start, DateOnly End)> PeriodsOf(PlanDefinition plan, InspectionRule rule, int year)
    {
        if (rule.Campaign is { } id)
        {
            var campaign = plan.Campaigns.Single(c => c.Id == id);
            return [(campaign.Start is { } s ? new DateOnly(year, s.Month, s.Day) : new DateOnly(year, 1, 1),
                campaign.Deadline is { } d ? new DateOnly(year, d.Month, d.Day) : new DateOnly(year, 12, 31))];
        }

        return rule.Frequency is PeriodicFrequency periodic
            ? VisitFacts.PeriodsOf(periodic.Period, year)
            : [(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))];
    }

    /// <summary>Every period of every periodic rule (and campaign planning everyone) has a visit of its lead listing it.</summary>
    public static void EveryPeriodIsMet(PlanRequest request, PlanOutcome outcome)
    {
        var byEntity = VisitFacts.ByEntity(outcome.Visits);
        foreach (var rule in request.Plan.SchedulingRules.Where(r => r.Frequency is PeriodicFrequency))
        {
            if (rule.Campaign is { } id && !request.Plan.Campaigns.Single(c => c.Id == id).Target.All)
            {
                continue;
            }

            foreach (var entity in request.Entities.Where(rule.Select.Matches))
            {
                var lead = rule.Lead.For(entity);
                foreach (var period in PeriodsOf(request.Plan, rule, request.Year))
                {
                    Assert.True(
                        VisitFacts.Meets(byEntity[entity.Code], rule.Id, lead, period),
                        $"{entity.Code} has no visit by {lead} listing {rule.Id} within {period}:\n{VisitFacts.Describe(byEntity[entity.Code])}");
                }
            }
        }
    }

    /// <summary>
    /// Every rule a visit lists selects the entity, is led by the visit's unit and has a period holding the window;
    /// a milestone listed selects the entity and has a target date on or after the window.
    /// </summary>
    public static void ListedRulesHold(PlanRequest request, PlanOutcome outcome)
    {
        var plan = request.Plan;
        var rules = plan.SchedulingRules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var milestones = plan.Milestones.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var entities = request.Entities.ToDictionary(e => e.Code, StringComparer.Ordinal);
        foreach (var visit in outcome.Visits)
        {
            var text = VisitFacts.Describe(visit);
            Assert.True(visit.RuleIds.Count > 0, $"no rule listed: {text}");
            Assert.True(visit.RuleIds.Distinct(StringComparer.Ordinal).Count() == visit.RuleIds.Count, $"a rule listed twice: {text}");
            var entity = entities[visit.EntityCode];
            foreach (var id in visit.RuleIds)
            {
                if (rules.TryGetValue(id, out var rule))
                {
                    Assert.True(rule.Select.Matches(entity), $"{id} does not select the entity: {text}");
                    Assert.True(rule.Lead.For(entity) == visit.Unit, $"{id} is led by {rule.Lead.For(entity)}: {text}");
                    Assert.True(PeriodsOf(plan, rule, request.Year).Any(p => VisitFacts.Inside(visit, p)), $"no period of {id} holds the window: {text}");
                }
                else
                {
                    Assert.True(milestones.TryGetValue(id, out var milestone), $"{id} is neither a rule nor a milestone: {text}");
                    Assert.True(milestone.Select.Matches(entity), $"{id} does not select the entity: {text}");
                    Assert.True(milestone.Targets.Any(t => visit.WindowEnd <= new DateOnly(request.Year, t.By.Month, t.By.Day)), $"{id} has no target after the window: {text}");
                }
            }
        }
    }
}
