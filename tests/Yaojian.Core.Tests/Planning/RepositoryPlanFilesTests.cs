using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Files;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;

namespace Yaojian.Core.Tests.Planning;

/// <summary>The two plan files of the repository read without error and say what the two work plans say (requirements §2).</summary>
public sealed class RepositoryPlanFilesTests
{
    public static TheoryData<string> PlanFiles => ["kazuo-2025.yaml", "khorgos-2025.yaml"];

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void ReadFile_RepositoryPlan_HasNoErrors(string name)
    {
        var result = PlanFileReader.ReadFile(Path.Combine(TestPlans.PlansFolder, name));

        Assert.True(result.Errors.Count == 0, string.Join('\n', result.Errors));
        Assert.True(result.IsValid);
        Assert.Equal(2025, result.Plan!.Year);
        Assert.All(result.Plan.SchedulingRules, r => Assert.NotEmpty(r.Requirements));
    }

    [Fact]
    public void Khorgos_RetailPharmaciesByGrade_AreMonthlyForDQuarterlyForCHalfYearlyForB()
    {
        var byGrade = TestPlans.Khorgos.Rules
            .Where(r => r.Requirements.Contains("HG-5(2)"))
            .ToDictionary(r => Assert.Single(r.Select.Grades), r => r);

        Assert.Equal(
            new Dictionary<CreditGrade, CalendarPeriod> { [CreditGrade.D] = CalendarPeriod.Month, [CreditGrade.C] = CalendarPeriod.Quarter, [CreditGrade.B] = CalendarPeriod.HalfYear },
            byGrade.ToDictionary(p => p.Key, p => Assert.IsType<PeriodicFrequency>(p.Value.Frequency).Period));
        Assert.All(byGrade.Values, r => Assert.Contains(EntityKind.RetailPharmacy, r.Select.Kinds));
    }

    [Fact]
    public void Khorgos_EveryDrugEnterprise_IsPlannedYearly()
    {
        var rule = Assert.Single(TestPlans.Khorgos.Rules, r => r.Requirements.Contains("HG-5(1)"));

        Assert.Equal(new PeriodicFrequency(CalendarPeriod.Year), rule.Frequency);
        Assert.Superset(new HashSet<EntityKind> { EntityKind.Wholesaler, EntityKind.RetailPharmacy, EntityKind.Manufacturer }, rule.Select.Kinds.ToHashSet());
    }

    [Fact]
    public void Kazuo_DeviceOperatorTiers_AreAQuarterWithinFourYearsAndEveryTwoYears()
    {
        var byTier = TestPlans.Kazuo.Rules
            .Where(r => r.Requirements.Contains("KZ-M-2.1"))
            .ToDictionary(r => Assert.Single(r.Select.Tiers), r => r.Frequency);

        Assert.Equal(new RandomShareFrequency(0.25m, 4), byTier[DeviceTier.Level1]);
        Assert.Equal(new EveryNYearsFrequency(2), byTier[DeviceTier.Level2]);
        Assert.Equal(2, byTier.Count);
    }

    [Fact]
    public void Kazuo_KeyUnitMilestones_Are10_50_75_And100Percent()
    {
        var targets = TestPlans.Kazuo.Milestones
            .Where(m => m.Requirements.Contains("KZ-D-3.6"))
            .SelectMany(m => m.Targets)
            .Select(t => (t.By, t.Share))
            .Order()
            .ToList();

        Assert.Equal(
            [(new DateOnly(2025, 3, 31), 0.10m), (new DateOnly(2025, 6, 30), 0.50m), (new DateOnly(2025, 9, 30), 0.75m), (new DateOnly(2025, 12, 31), 1.00m)],
            targets);
    }

    [Fact]
    public void Kazuo_DeviceCleanup_VisitsEveryLostAndZombieOperator()
    {
        var campaign = Assert.Single(TestPlans.Kazuo.Campaigns, c => c.Requirements.Contains("KZ-M-2.2"));

        Assert.True(campaign.Target.All);
        Assert.Equal(new HashSet<EntityStatus> { EntityStatus.LostContact, EntityStatus.Zombie }, campaign.Select.Statuses.ToHashSet());
        Assert.Contains(TestPlans.Kazuo.SchedulingRules, r => r.Id == campaign.Id);
    }

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void RepositoryPlan_GradesOnFindingsDispositionsAndCleanYears(string name)
    {
        var plan = PlanFileReader.ReadFile(Path.Combine(TestPlans.PlansFolder, name)).Plan!;

        Assert.All(plan.Grading, g => Assert.NotEmpty(g.Requirements));
        Assert.Contains(plan.Grading, g => g.When.Contains(GradingEvent.SeriousFinding) && g.Move.Kind == GradeMoveKind.Lower);
        Assert.Contains(plan.Grading, g => g.When.Contains(GradingEvent.CaseFiled));
        Assert.Contains(plan.Grading, g => g.When.Contains(GradingEvent.RectificationOverdue));
        Assert.Contains(plan.Grading, g => g.When.SetEquals([GradingEvent.CleanYear]) && g.Move == GradeMove.Raise(1));
    }

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void EveryGradingRule_QuotesItsClauseInACommentAboveIt(string name)
    {
        var entries = PlanFileComments.Entries(name, "grading");

        Assert.All(entries, e => Assert.True(e.Commented, e.Entry));
        Assert.Equal(PlanFileReader.ReadFile(Path.Combine(TestPlans.PlansFolder, name)).Plan!.Grading.Count, entries.Count);
    }

    [Fact]
    public void Khorgos_GradingRules_ComeFromTheCreditClause()
    {
        Assert.All(TestPlans.Khorgos.Grading, g => Assert.Contains("HG-6(3)", g.Requirements));
        var pharmacy = new PlanEntity("E1", EntityKind.RetailPharmacy, "drug-section", AreaClass.Urban, CreditGrade.C, null, EntityStatus.Active, SupervisionTags.None);

        Assert.Equal(CreditGrade.D, CreditGrading.Decide(TestPlans.Khorgos.Grading, pharmacy, CreditGrade.C, GradingEvent.SeriousFinding)?.To);
        Assert.Equal(CreditGrade.D, CreditGrading.Decide(TestPlans.Khorgos.Grading, pharmacy, CreditGrade.A, GradingEvent.CaseFiled)?.To);
        Assert.Equal(CreditGrade.B, CreditGrading.Decide(TestPlans.Khorgos.Grading, pharmacy, CreditGrade.C, GradingEvent.CleanYear)?.To);
    }

    [Fact]
    public void RepositoryPlans_DrawTwoInspectorsPerVisit()
    {
        Assert.Equal(2, TestPlans.Kazuo.Draw.InspectorsPerVisit);
        Assert.Equal(2, TestPlans.Khorgos.Draw.InspectorsPerVisit);
    }
}
