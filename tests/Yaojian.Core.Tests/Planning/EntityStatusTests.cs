using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>
/// Closed and revoked entities are never planned; lost-contact and zombie ones (KZ-M-2.2) only by a rule or campaign
/// whose selector names their status.
/// </summary>
public sealed class EntityStatusTests
{
    private const string Cleanup = "kz-m-2-2-device-cleanup";

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 40)]
    public void Schedule_Kazuo_PlansLostAndZombieOperatorsOnlyInTheCleanupCampaignAndNeverTheClosed(KazuoCase c)
    {
        var plan = TestPlans.Kazuo;
        var visits = VisitFacts.ByEntity(PlanEngine.Schedule(c.World.Request(plan, 2025)).Visits);

        foreach (var entity in c.World.Entities)
        {
            var own = visits[entity.Code].ToList();
            var text = $"{entity}:\n{VisitFacts.Describe(own)}";
            switch (entity.Status)
            {
                case EntityStatus.Closed or EntityStatus.Revoked:
                    Assert.True(own.Count == 0, text);
                    break;
                case EntityStatus.LostContact or EntityStatus.Zombie:
                    Assert.True(own.All(v => v.RuleIds.SequenceEqual([Cleanup])), text);
                    Assert.True(own.Count == (entity.Kind == EntityKind.DeviceOperator ? 1 : 0), text);
                    break;
                case EntityStatus.Active:
                    Assert.True(own.All(v => !v.RuleIds.Contains(Cleanup)), text);
                    break;
            }
        }
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 40)]
    public void Schedule_Khorgos_PlansOnlyActiveEntities(KhorgosCase c)
    {
        var visits = PlanEngine.Schedule(c.World.Request(TestPlans.Khorgos, 2025)).Visits;

        var statuses = visits.Select(v => c.World.Entity(v.EntityCode).Status).Distinct();
        Assert.All(statuses, s => Assert.Equal(EntityStatus.Active, s));
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 40)]
    public void Schedule_Kazuo_ReportsExactlyTheDormantEntitiesOutsideTheCleanupCampaign_AsUnvisited(KazuoCase c)
    {
        var outcome = PlanEngine.Schedule(c.World.Request(TestPlans.Kazuo, 2025));
        var visited = outcome.Visits.Select(v => v.EntityCode).ToHashSet(StringComparer.Ordinal);

        var expected = c.World.Entities
            .Where(e => e.Status is EntityStatus.LostContact or EntityStatus.Zombie && e.Kind != EntityKind.DeviceOperator)
            .Select(e => e.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expected, outcome.DormantUnplanned);
        Assert.All(outcome.DormantUnplanned, code => Assert.DoesNotContain(code, visited));
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 40)]
    public void Schedule_Khorgos_WithNoCleanupCampaign_ReportsEveryDormantEntity(KhorgosCase c)
    {
        var outcome = PlanEngine.Schedule(c.World.Request(TestPlans.Khorgos, 2025));

        var expected = c.World.Entities.Where(e => e.Status is EntityStatus.LostContact or EntityStatus.Zombie).Select(e => e.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expected, outcome.DormantUnplanned);
    }

    [Fact]
    public void Schedule_DormantEntityARuleSelects_IsNotReported_EvenWhenNotDrawnThisYear()
    {
        var plan = TestPlans.FromSections("""
            rules:
              - id: lost-share
                name: 失联药店抽查
                requirements: [KZ-M-2.2]
                select: { kind: [retail_pharmacy], status: [lost_contact] }
                frequency: { random_share: 10%, full_coverage_years: 10 }
                lead: u1
            """);
        PlanEntity[] entities =
        [
            .. Enumerable.Range(1, 300).Select(i => new PlanEntity($"E{i:D3}", EntityKind.RetailPharmacy, "u1", AreaClass.Urban, null, null, EntityStatus.LostContact, SupervisionTags.None)),
            new("Z1", EntityKind.RetailPharmacy, "u1", AreaClass.Urban, null, null, EntityStatus.Zombie, SupervisionTags.None),
        ];
        PlanInspector[] inspectors = [new("a", "a", "u1", new HashSet<string>()), new("b", "b", "u1", new HashSet<string>())];
        PastInspection[] history = [.. entities.Select(e => new PastInspection(e.Code, new DateOnly(2024, 6, 1)))];

        var outcome = PlanEngine.Schedule(new PlanRequest(plan, 2025, 1, entities, inspectors, history));

        Assert.InRange(outcome.Visits.Count, 1, 299);
        Assert.Equal(["Z1"], outcome.DormantUnplanned);
    }

    [Theory]
    [InlineData(EntityStatus.Active, "")]
    [InlineData(EntityStatus.LostContact, "lost")]
    [InlineData(EntityStatus.Zombie, "")]
    [InlineData(EntityStatus.Closed, "")]
    [InlineData(EntityStatus.Revoked, "")]
    public void Schedule_RuleNamingLostContact_PlansOnlyLostContactEntities(EntityStatus status, string expected)
    {
        var plan = TestPlans.FromSections("""
            rules:
              - id: lost
                name: 失联药店核查
                requirements: [KZ-M-2.2]
                select: { kind: [retail_pharmacy], status: [lost_contact] }
                frequency: { every: year }
                lead: u1
            """);
        var entity = new PlanEntity("E1", EntityKind.RetailPharmacy, "u1", AreaClass.Urban, null, null, status, SupervisionTags.None);
        PlanInspector[] inspectors = [new("a", "a", "u1", new HashSet<string>()), new("b", "b", "u1", new HashSet<string>())];

        var visits = PlanEngine.Schedule(new PlanRequest(plan, 2025, 1, [entity], inspectors, [])).Visits;

        Assert.Equal(expected, string.Join(';', visits.SelectMany(v => v.RuleIds)));
    }

    [Theory]
    [InlineData(EntityStatus.Closed)]
    [InlineData(EntityStatus.Revoked)]
    public void Schedule_RuleNamingClosedAndRevoked_StillLeavesThemOut(EntityStatus status)
    {
        var plan = TestPlans.FromSections("""
            rules:
              - id: every-status
                name: 所有状态
                requirements: [KZ-M-2.2]
                select: { status: [active, lost_contact, zombie, closed, revoked] }
                frequency: { every: quarter }
                lead: u1
            """);
        PlanEntity[] entities =
        [
            new("E1", EntityKind.Clinic, "u1", AreaClass.Rural, null, null, status, SupervisionTags.None),
            new("E2", EntityKind.Clinic, "u1", AreaClass.Rural, null, null, EntityStatus.Active, SupervisionTags.None),
        ];
        PlanInspector[] inspectors = [new("a", "a", "u1", new HashSet<string>()), new("b", "b", "u1", new HashSet<string>())];

        var visits = PlanEngine.Schedule(new PlanRequest(plan, 2025, 1, entities, inspectors, [])).Visits;

        Assert.Equal(["E2"], visits.Select(v => v.EntityCode).Distinct());
    }

    [Theory]
    [InlineData(EntityStatus.LostContact)]
    [InlineData(EntityStatus.Zombie)]
    [InlineData(EntityStatus.Closed)]
    [InlineData(EntityStatus.Revoked)]
    public void Schedule_RuleWithoutStatus_LeavesEveryInactiveEntityOut(EntityStatus status)
    {
        var plan = TestPlans.FromSections("""
            rules:
              - id: all
                name: 所有对象每月
                requirements: [HG-5(1)]
                select: {}
                frequency: { every: month }
                lead: territorial
            """);
        var entity = new PlanEntity("E1", EntityKind.Hospital, "u1", AreaClass.Urban, null, null, status, SupervisionTags.None);
        PlanInspector[] inspectors = [new("a", "a", "u1", new HashSet<string>()), new("b", "b", "u1", new HashSet<string>())];

        Assert.Empty(PlanEngine.Schedule(new PlanRequest(plan, 2025, 1, [entity], inspectors, [])).Visits);
    }
}
