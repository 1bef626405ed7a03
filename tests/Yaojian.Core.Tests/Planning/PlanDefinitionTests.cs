using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>The rules the engine schedules are the plan's rules and its campaigns that plan visits, however the plan was made.</summary>
public sealed class PlanDefinitionTests
{
    [Fact]
    public void SchedulingRules_AreTheRulesThenTheCampaignsThatPlanVisits()
    {
        var plan = TestPlans.Kazuo;

        Assert.Equal(
            plan.Rules.Select(r => r.Id).Concat(plan.Campaigns.Where(c => c.Target.PlansVisits).Select(c => c.Id)),
            plan.SchedulingRules.Select(r => r.Id));
        Assert.All(plan.SchedulingRules.Skip(plan.Rules.Count), r => Assert.NotNull(r.Campaign));
    }

    [Fact]
    public void SchedulingRules_OfACopyWithOtherRules_AreTheCopysRules()
    {
        var plan = TestPlans.Khorgos;
        var rule = TestPlans.Rule("only", new PeriodicFrequency(CalendarPeriod.Quarter), TestPlans.Select([EntityKind.Clinic]), "drug-section");

        var copy = plan with { Rules = [rule] };

        Assert.Equal(["only"], copy.SchedulingRules.Select(r => r.Id));
    }
}
