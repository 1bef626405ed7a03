using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>"每月、每季度、每半年、每年至少一次": every period of a periodic rule holds a visit listing the rule.</summary>
public sealed class PeriodCoverageTests
{
    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 60)]
    public void Schedule_AnyPeriodicPlan_MeetsEveryPeriodOfEveryRuleForEveryEntityItSelects(RoutineCase c)
    {
        var outcome = PlanEngine.Schedule(c.Request);

        PlanChecks.EveryPeriodIsMet(c.Request, outcome);
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 25)]
    public void Schedule_Khorgos_MeetsEveryPeriodOfEveryRule(KhorgosCase c)
    {
        var request = c.World.Request(TestPlans.Khorgos, 2025);

        PlanChecks.EveryPeriodIsMet(request, PlanEngine.Schedule(request));
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 25)]
    public void Schedule_Kazuo_MeetsEveryPeriodOfEveryRuleAndCampaignForEveryone(KazuoCase c)
    {
        var request = c.World.Request(TestPlans.Kazuo, 2025);

        PlanChecks.EveryPeriodIsMet(request, PlanEngine.Schedule(request));
    }

    [Theory]
    [InlineData("month", 12)]
    [InlineData("quarter", 4)]
    [InlineData("half_year", 2)]
    [InlineData("year", 1)]
    public void Schedule_OneRule_GivesOneVisitInEachOfItsPeriods(string every, int periods)
    {
        var plan = TestPlans.FromSections($$"""
            rules:
              - id: r
                name: 药店
                requirements: [HG-5(2)]
                select: { kind: [retail_pharmacy] }
                frequency: { every: {{every}} }
                lead: territorial
            """);
        var entity = new PlanEntity("E1", EntityKind.RetailPharmacy, "u2", AreaClass.Urban, CreditGrade.D, null, EntityStatus.Active, SupervisionTags.None);
        var inspectors = new[] { Inspector("a", "u2"), Inspector("b", "u2") };

        var visits = PlanEngine.Schedule(new PlanRequest(plan, 2025, 7, [entity], inspectors, [])).Visits;

        Assert.Equal(periods, visits.Count);
        var length = 12 / periods;
        for (var i = 0; i < periods; i++)
        {
            var start = new DateOnly(2025, (i * length) + 1, 1);
            var end = start.AddMonths(length).AddDays(-1);
            Assert.Single(visits, v => VisitFacts.Inside(v, start, end) && v.Unit == "u2" && v.RuleIds.SequenceEqual(["r"]));
        }
    }

    private static PlanInspector Inspector(string code, string unit) => new(code, code, unit, new HashSet<string>());
}
