using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>Coverage milestones (KZ-D-3.6): by each date, at least the target share of the category has been visited.</summary>
public sealed class MilestoneTests
{
    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 40)]
    public void Schedule_Kazuo_VisitsAtLeastTheTargetShareOfEachCategoryByEachDate(KazuoCase c)
    {
        var plan = TestPlans.Kazuo;
        var visits = VisitFacts.ByEntity(PlanEngine.Schedule(c.World.Request(plan, 2025)).Visits);

        Assert.NotEmpty(plan.Milestones);
        foreach (var milestone in plan.Milestones)
        {
            var members = c.World.Entities.Where(e => e.CanBePlanned && milestone.Select.Matches(e)).ToList();
            foreach (var target in milestone.Targets)
            {
                var covered = members.Count(e => visits[e.Code].Any(v => v.WindowEnd <= target.By));
                Assert.True(
                    covered >= Math.Ceiling(target.Share * members.Count),
                    $"{milestone.Id}: {covered} of {members.Count} visited by {target.By}, target {target.Share:P0}");
            }
        }
    }

    [Fact]
    public void Schedule_MilestoneOverCategoryNoRulePlans_VisitsItsShareByItsDates()
    {
        var plan = TestPlans.FromSections("""
            rules:
              - id: hospitals
                name: 医院每年
                requirements: [KZ-M-2.4]
                select: { kind: [hospital] }
                frequency: { every: year }
                lead: u3
            milestones:
              - id: cdc
                name: 疾控中心覆盖率
                requirements: [KZ-D-3.6]
                select: { kind: [cdc] }
                lead: u1
                targets:
                  - { by: 2025-03-31, share: 30% }
                  - { by: 2025-06-30, share: 60% }
            """);
        var entities = Enumerable.Range(1, 10).Select(i => new PlanEntity(
            PlanGenerators.Code(i), EntityKind.Cdc, "u2", AreaClass.Urban, null, null, EntityStatus.Active, SupervisionTags.None)).ToList();
        var inspectors = new[] { "a", "b" }.Select(c => new PlanInspector(c, c, "u1", new HashSet<string>())).ToList();

        var visits = PlanEngine.Schedule(new PlanRequest(plan, 2025, 5, entities, inspectors, [])).Visits;

        Assert.True(visits.Count(v => v.WindowEnd <= new DateOnly(2025, 3, 31)) >= 3);
        Assert.True(visits.Count(v => v.WindowEnd <= new DateOnly(2025, 6, 30)) >= 6);
        Assert.All(visits, v => Assert.Equal(("u1", "cdc"), (v.Unit, string.Join(';', v.RuleIds))));
    }
}
