using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>"每年随机抽取25%以上，4年内全覆盖" (KZ-M-2.1), simulated year after year with each year's visits fed back as history.</summary>
public sealed class RandomShareTests
{
    private const string RuleId = "share";

    private static readonly EntitySelector Tier1 = TestPlans.Select([EntityKind.DeviceOperator], tiers: [DeviceTier.Level1]);

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 40)]
    public void Schedule_YearAfterYear_DrawsTheShareTheOverdueAndEveryoneWithinTheCycle(ShareCase c)
    {
        var rule = TestPlans.Rule(RuleId, new RandomShareFrequency(c.Share, c.Years), Tier1, "u1");
        var eligible = c.World.Entities.Where(rule.Select.Matches).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var history = c.World.History.ToList();
        var runYears = c.Years + 3;
        var inspected = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var year = c.FirstYear; year < c.FirstYear + runYears; year++)
        {
            var visits = PlanEngine.Schedule(c.World.Request(TestPlans.Plan(year, [rule]), year) with { History = history }).Visits;
            var drawn = visits.Where(v => v.RuleIds.Contains(RuleId)).Select(v => v.EntityCode).ToHashSet(StringComparer.Ordinal);

            Assert.True(drawn.IsSubsetOf(eligible), $"{year}: drew an entity the rule does not select");
            Assert.True(drawn.Count >= (int)Math.Ceiling(c.Share * eligible.Count), $"{year}: drew {drawn.Count} of {eligible.Count}");
            foreach (var code in eligible)
            {
                var last = history.Where(p => p.EntityCode == code && p.Date.Year < year).Max(p => (int?)p.Date.Year);
                Assert.True(
                    last > year - c.Years || drawn.Contains(code),
                    $"{year}: {code}, last inspected {last}, is overdue but was not drawn");
            }

            history.AddRange(visits.Select(v => new PastInspection(v.EntityCode, v.WindowStart)));
            foreach (var code in drawn)
            {
                (inspected.TryGetValue(code, out var years) ? years : inspected[code] = []).Add(year);
            }
        }

        foreach (var code in eligible)
        {
            var years = inspected.GetValueOrDefault(code) ?? [];
            for (var start = c.FirstYear; start + c.Years <= c.FirstYear + runYears; start++)
            {
                Assert.True(
                    Enumerable.Range(start, c.Years).Any(years.Contains),
                    $"{code} was not inspected in {start}–{start + c.Years - 1}; inspected in {string.Join(',', years.Order())}");
            }
        }
    }

    [Fact]
    public void Schedule_KazuoTier1AllInspectedLastYear_DrawsAQuarterRoundedUp()
    {
        var plan = TestPlans.Kazuo;
        var rule = plan.Rules.Single(r => r.Frequency is RandomShareFrequency);
        var entities = Enumerable.Range(1, 9).Select(i => new PlanEntity(
            PlanGenerators.Code(i), EntityKind.DeviceOperator, "kundu-station", AreaClass.Rural, null, DeviceTier.Level1, EntityStatus.Active, SupervisionTags.None)).ToList();
        var history = entities.Select(e => new PastInspection(e.Code, new DateOnly(2024, 6, 1))).ToList();
        var inspectors = Enumerable.Range(1, 3).Select(i => new PlanInspector($"d{i}", $"d{i}", "device-office", new HashSet<string>())).ToList();

        var visits = PlanEngine.Schedule(new PlanRequest(plan, 2025, 42, entities, inspectors, history)).Visits;

        // ⌈25% × 9⌉ = 3: none is overdue, so exactly the quota is drawn.
        Assert.Equal(3, visits.Count(v => v.RuleIds.Contains(rule.Id)));
    }

    [Fact]
    public void Schedule_KazuoTier1OneOverdue_AlwaysDrawsIt()
    {
        var plan = TestPlans.Kazuo;
        var rule = plan.Rules.Single(r => r.Frequency is RandomShareFrequency);
        var entities = Enumerable.Range(1, 20).Select(i => new PlanEntity(
            PlanGenerators.Code(i), EntityKind.DeviceOperator, "kundu-station", AreaClass.Rural, null, DeviceTier.Level1, EntityStatus.Active, SupervisionTags.None)).ToList();
        var history = entities.Select((e, i) => new PastInspection(e.Code, new DateOnly(i == 7 ? 2021 : 2024, 6, 1))).ToList();
        var inspectors = Enumerable.Range(1, 3).Select(i => new PlanInspector($"d{i}", $"d{i}", "device-office", new HashSet<string>())).ToList();

        foreach (var seed in Enumerable.Range(1, 20))
        {
            var visits = PlanEngine.Schedule(new PlanRequest(plan, 2025, seed, entities, inspectors, history)).Visits;

            Assert.Contains(visits, v => v.EntityCode == entities[7].Code && v.RuleIds.Contains(rule.Id));
        }
    }
}
