using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>One visit serves every rule whose period holds its window, so an entity gets no more visits than its most demanding rule needs.</summary>
public sealed class VisitSharingTests
{
    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 60)]
    public void Schedule_EachEntityAndLead_GetsExactlyAsManyVisitsAsTheMostDemandingRule(RoutineCase c)
    {
        var byEntity = VisitFacts.ByEntity(PlanEngine.Schedule(c.Request).Visits);

        foreach (var entity in c.World.Entities)
        {
            var needed = c.Plan.Rules.Where(r => r.Select.Matches(entity))
                .GroupBy(r => r.Lead.For(entity), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Max(r => VisitFacts.VisitsNeeded(r.Frequency)), StringComparer.Ordinal);
            var got = byEntity[entity.Code].GroupBy(v => v.Unit, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            Assert.True(
                needed.Count == got.Count && needed.All(n => got.GetValueOrDefault(n.Key) == n.Value),
                $"{entity.Code}: needed {string.Join(", ", needed)}, got {string.Join(", ", got)}:\n{VisitFacts.Describe(byEntity[entity.Code])}");
        }
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 60)]
    public void Schedule_EveryVisit_ListsEveryRuleOfItsLeadForTheEntity(RoutineCase c)
    {
        var entities = c.World.Entities.ToDictionary(e => e.Code, StringComparer.Ordinal);

        foreach (var visit in PlanEngine.Schedule(c.Request).Visits)
        {
            var entity = entities[visit.EntityCode];
            var expected = c.Plan.Rules.Where(r => r.Select.Matches(entity) && r.Lead.For(entity) == visit.Unit).Select(r => r.Id);
            Assert.Equal(expected.Order(StringComparer.Ordinal), visit.RuleIds.Order(StringComparer.Ordinal));
        }
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 60)]
    public void Schedule_EveryListedRule_SelectsTheEntityAndHasAPeriodHoldingTheWindow(RoutineCase c) =>
        PlanChecks.ListedRulesHold(c.Request, PlanEngine.Schedule(c.Request));

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 25)]
    public void Schedule_Kazuo_EveryListedRuleOrMilestoneSelectsTheEntity(KazuoCase c)
    {
        var request = c.World.Request(TestPlans.Kazuo, 2025);

        PlanChecks.ListedRulesHold(request, PlanEngine.Schedule(request));
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 25)]
    public void Schedule_Khorgos_EveryListedRuleSelectsTheEntity(KhorgosCase c)
    {
        var request = c.World.Request(TestPlans.Khorgos, 2025);

        PlanChecks.ListedRulesHold(request, PlanEngine.Schedule(request));
    }

    [Fact]
    public void Schedule_MonthlyAndYearlyRuleOfOneLead_GivesTwelveVisitsEachListingBoth()
    {
        var plan = TestPlans.FromSections("""
            rules:
              - id: monthly
                name: D级药店每月
                requirements: [HG-5(2)]
                select: { kind: [retail_pharmacy], credit_grade: [D] }
                frequency: { every: month }
                lead: u3
              - id: yearly
                name: 药店每年
                requirements: [HG-5(1)]
                select: { kind: [retail_pharmacy] }
                frequency: { every: year }
                lead: u3
            """);
        var entity = Pharmacy("E1", CreditGrade.D, SupervisionTags.None);

        var visits = PlanEngine.Schedule(Request(plan, entity)).Visits;

        Assert.Equal(12, visits.Count);
        Assert.All(visits, v => Assert.Equal(["monthly", "yearly"], v.RuleIds));
        Assert.Equal(Enumerable.Range(1, 12), visits.Select(v => v.WindowStart.Month).Order());
    }

    [Fact]
    public void Schedule_KhorgosGradeDPharmacyComplainedAbout_GetsTwelveVisitsServingItsThreeRules()
    {
        var entity = Pharmacy("E1", CreditGrade.D, SupervisionTags.Complained);
        var plan = TestPlans.Khorgos;
        var rules = plan.Rules.Where(r => r.Select.Matches(entity)).Select(r => r.Id).ToList();

        var visits = PlanEngine.Schedule(Request(plan, entity)).Visits;

        Assert.Equal(3, rules.Count);
        Assert.Equal(12, visits.Count);
        Assert.All(visits, v => Assert.Equal(rules.Order(StringComparer.Ordinal), v.RuleIds.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Schedule_QuarterlyRuleAndMilestoneBeforeItsEnd_ShareTheFirstVisit()
    {
        var plan = TestPlans.FromSections("""
            rules:
              - id: quarterly
                name: C级药店每季度
                requirements: [HG-5(2)]
                select: { kind: [retail_pharmacy] }
                frequency: { every: quarter }
                lead: u3
            milestones:
              - id: early
                name: 二月底前全部检查
                requirements: [KZ-D-3.6]
                select: { kind: [retail_pharmacy] }
                targets:
                  - { by: 2025-02-28, share: 100% }
            """);
        var entity = Pharmacy("E1", CreditGrade.C, SupervisionTags.None);

        var visits = PlanEngine.Schedule(Request(plan, entity)).Visits;

        Assert.Equal(4, visits.Count);
        Assert.Contains(visits, v => v.WindowEnd <= new DateOnly(2025, 2, 28) && v.RuleIds.SequenceEqual(["quarterly"]));
    }

    private static PlanEntity Pharmacy(string code, CreditGrade grade, SupervisionTags tags) =>
        new(code, EntityKind.RetailPharmacy, "drug-section", AreaClass.Urban, grade, null, EntityStatus.Active, tags);

    private static PlanRequest Request(PlanDefinition plan, PlanEntity entity) =>
        new(plan, 2025, 11, [entity], [.. plan.Jurisdiction.Units.SelectMany(u => new[] { Inspector(u.Code, 1), Inspector(u.Code, 2) })], []);

    private static PlanInspector Inspector(string unit, int n) => new($"{unit}-{n}", $"{unit}-{n}", unit, new HashSet<string>());
}
