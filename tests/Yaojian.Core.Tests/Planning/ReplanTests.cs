using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>
/// A re-plan during the year (<see cref="PlanRequest.From"/>, <see cref="PlanRequest.Kept"/>): only windows from that
/// day on, every period from that day on still met, and nothing already met planned again.
/// </summary>
public sealed class ReplanTests
{
    private const string GradeD = "hg-5-2-retail-grade-d";

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 60)]
    public void Schedule_FromADay_PlansOnlyWindowsFromThatDayAndStillMeetsEveryPeriodFromThen(ReplanCase c)
    {
        var request = c.Case.Request;
        var kept = PlanEngine.Schedule(request).Visits.Where(v => v.WindowEnd < c.From).ToList();

        var replan = PlanEngine.Schedule(request with { From = c.From, Kept = kept }).Visits;

        Assert.All(replan, v => Assert.True(v.WindowStart >= c.From, VisitFacts.Describe(v)));
        var all = VisitFacts.ByEntity(kept.Concat(replan));
        foreach (var rule in c.Case.Plan.Rules)
        {
            foreach (var entity in c.Case.World.Entities.Where(rule.Select.Matches))
            {
                foreach (var period in PlanChecks.PeriodsOf(c.Case.Plan, rule, c.Case.Plan.Year).Where(p => p.End >= c.From))
                {
                    Assert.True(
                        VisitFacts.Meets(all[entity.Code], rule.Id, rule.Lead.For(entity), period),
                        $"{entity.Code}: {rule.Id} not met within {period}:\n{VisitFacts.Describe(all[entity.Code])}");
                }
            }
        }
    }

    // The visits of the first plan that end on or after the re-plan day meet everything the kept ones do not, so an
    // optimal re-plan needs no more of them per entity and unit.
    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 60)]
    public void Schedule_FromADay_NeedsNoMoreVisitsThanTheFirstPlanHadLeft(ReplanCase c)
    {
        var request = c.Case.Request;
        var first = PlanEngine.Schedule(request).Visits;
        var kept = first.Where(v => v.WindowEnd < c.From).ToList();

        var replan = PlanEngine.Schedule(request with { From = c.From, Kept = kept }).Visits;

        var left = first.Where(v => v.WindowEnd >= c.From).CountBy(v => (v.EntityCode, v.Unit)).ToDictionary();
        foreach (var group in replan.GroupBy(v => (v.EntityCode, v.Unit)))
        {
            Assert.True(
                group.Count() <= left.GetValueOrDefault(group.Key),
                $"{group.Key}: {group.Count()} visits re-planned, {left.GetValueOrDefault(group.Key)} were left.\nkept:\n"
                + VisitFacts.Describe(kept.Where(v => v.EntityCode == group.Key.EntityCode)) + "\nre-planned:\n" + VisitFacts.Describe(group));
        }
    }

    [Fact]
    public void Schedule_FromJulyWithTheYearsVisitKept_PlansNoSecondVisit()
    {
        var plan = YearlyPlan();
        var kept = new PlannedVisit("E1", ["yearly"], new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), "u1", ["a", "b"]);

        var visits = PlanEngine.Schedule(Request(plan) with { From = new DateOnly(2025, 7, 1), Kept = [kept] }).Visits;

        Assert.True(visits.Count == 0, "the yearly rule was met in March, yet:\n" + VisitFacts.Describe(visits));
    }

    [Fact]
    public void Schedule_FromJulyAfterAnInspectionInMarch_PlansNoSecondVisit()
    {
        var plan = YearlyPlan();

        var visits = PlanEngine.Schedule(Request(plan) with
        {
            From = new DateOnly(2025, 7, 1),
            History = [new PastInspection("E1", new DateOnly(2025, 3, 12))],
        }).Visits;

        Assert.True(visits.Count == 0, "the yearly rule was met in March, yet:\n" + VisitFacts.Describe(visits));
    }

    [Fact]
    public void Schedule_WholeYearAfterAnInspectionInMarch_PlansNoSecondVisit() =>
        Assert.Empty(PlanEngine.Schedule(Request(YearlyPlan()) with { History = [new PastInspection("E1", new DateOnly(2025, 3, 12))] }).Visits);

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 25)]
    public void Schedule_GradeBecameDMidYear_PlansAVisitInEachRemainingMonth(KhorgosCase c, MidYear day)
    {
        var request = c.World.Request(TestPlans.Khorgos, 2025);
        var kept = PlanEngine.Schedule(request).Visits.Where(v => v.WindowEnd < day.From).ToList();
        var changed = c.World.Entities.Select(e => e.Grade == CreditGrade.B ? e with { Grade = CreditGrade.D } : e).ToList();
        var rule = TestPlans.Khorgos.Rules.Single(r => r.Id == GradeD);

        var replan = VisitFacts.ByEntity(PlanEngine.Schedule(request with { Entities = changed, From = day.From, Kept = kept }).Visits);

        foreach (var entity in changed.Where(e => rule.Select.Matches(e) && c.World.Entity(e.Code).Grade == CreditGrade.B))
        {
            for (var month = day.From.Month; month <= 12; month++)
            {
                var start = new DateOnly(2025, month, 1);
                var period = (start < day.From ? day.From : start, start.AddMonths(1).AddDays(-1));
                Assert.True(
                    VisitFacts.Meets(replan[entity.Code], GradeD, rule.Lead.For(entity), period),
                    $"{entity.Code} has no visit within {period}:\n{VisitFacts.Describe(replan[entity.Code])}");
            }
        }
    }

    private static PlanDefinition YearlyPlan() => TestPlans.FromSections("""
        rules:
          - id: yearly
            name: 药店每年
            requirements: [HG-5(1)]
            select: { kind: [retail_pharmacy] }
            frequency: { every: year }
            lead: u1
        """);

    private static PlanRequest Request(PlanDefinition plan) => new(
        plan,
        2025,
        9,
        [new PlanEntity("E1", EntityKind.RetailPharmacy, "u1", AreaClass.Urban, CreditGrade.A, null, EntityStatus.Active, SupervisionTags.None)],
        [new PlanInspector("a", "a", "u1", new HashSet<string>()), new PlanInspector("b", "b", "u1", new HashSet<string>())],
        []);
}
