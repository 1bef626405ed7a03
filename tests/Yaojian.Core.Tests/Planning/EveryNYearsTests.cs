using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>"每两年检查不少于一次" (KZ-M-2.1): planned exactly when not inspected in the last N − 1 years.</summary>
public sealed class EveryNYearsTests
{
    private static readonly EntitySelector Tier2 = TestPlans.Select([EntityKind.DeviceOperator], tiers: [DeviceTier.Level2]);

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 80)]
    public void Schedule_AnEntity_IsPlannedByTheRuleExactlyWhenNotInspectedInTheLastNMinusOneYears(EveryYearsCase c)
    {
        var rule = TestPlans.Rule("every-n", new EveryNYearsFrequency(c.Years), Tier2, "u1");
        var visits = PlanEngine.Schedule(c.World.Request(TestPlans.Plan(c.Year, [rule]), c.Year)).Visits;

        foreach (var entity in c.World.Entities)
        {
            var last = c.World.History.Where(p => p.EntityCode == entity.Code && p.Date.Year < c.Year).Select(p => (int?)p.Date.Year).Max();
            var due = rule.Select.Matches(entity) && (last is null || last <= c.Year - c.Years);
            var planned = visits.Count(v => v.EntityCode == entity.Code && v.RuleIds.Contains(rule.Id));
            Assert.True(planned == (due ? 1 : 0), $"{entity.Code} (last inspected {last?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "never"}) has {planned} visits");
        }
    }

    [Fact]
    public void Schedule_EveryTwoYears_PlansTheNeverAndTwoYearsAgoButNotLastYear()
    {
        var plan = TestPlans.Kazuo;
        var rule = plan.Rules.Single(r => r.Frequency is EveryNYearsFrequency);
        Entity[] entities = [new("never", null), new("last-year", 2024), new("two-years-ago", 2023), new("long-ago", 2019)];

        var visits = PlanEngine.Schedule(new PlanRequest(
            plan,
            2025,
            3,
            [.. entities.Select(e => Operator(e.Code))],
            [Inspector("device-office", 1), Inspector("device-office", 2)],
            [.. entities.Where(e => e.Last is not null).Select(e => new PastInspection(e.Code, new DateOnly(e.Last!.Value, 12, 31)))])).Visits;

        Assert.Equal(
            ["long-ago", "never", "two-years-ago"],
            visits.Where(v => v.RuleIds.Contains(rule.Id)).Select(v => v.EntityCode).Order(StringComparer.Ordinal));
    }

    private static PlanEntity Operator(string code) =>
        new(code, EntityKind.DeviceOperator, "dachengzi-station", AreaClass.Urban, null, DeviceTier.Level2, EntityStatus.Active, SupervisionTags.None);

    private static PlanInspector Inspector(string unit, int n) => new($"{unit}-{n}", $"{unit}-{n}", unit, new HashSet<string>());

    private sealed record Entity(string Code, int? Last);
}
