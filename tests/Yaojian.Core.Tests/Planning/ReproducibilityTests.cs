using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Interchange;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>The draw is reproducible from the published seed (双随机、一公开), and only from it.</summary>
public sealed class ReproducibilityTests
{
    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 50)]
    public void Schedule_SameRequestTwice_GivesTheSameVisitsAndTheSameFileBytes(ShuffledCase c)
    {
        var first = PlanEngine.Schedule(c.Case.Request);
        var second = PlanEngine.Schedule(c.Case.Request);

        Assert.Equal(Lines(first), Lines(second));
        Assert.Equal(Bytes(first), Bytes(second));
        Assert.Equal(first.Shortfalls, second.Shortfalls);
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 50)]
    public void Schedule_EntitiesAndInspectorsInAnotherOrder_GivesTheSameVisits(ShuffledCase c)
    {
        var original = PlanEngine.Schedule(c.Case.Request);
        var shuffled = PlanEngine.Schedule(c.Request);

        Assert.Equal(Lines(original), Lines(shuffled));
        Assert.Equal(Bytes(original), Bytes(shuffled));
        Assert.Equal(original.Shortfalls.ToHashSet(), shuffled.Shortfalls.ToHashSet());
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 50)]
    public void Schedule_EntitiesInAnotherOrder_ListsTheShortfallsInTheSameOrder(ShuffledCase c)
    {
        var original = PlanEngine.Schedule(c.Case.Request);
        var shuffled = PlanEngine.Schedule(c.Request);

        Assert.Equal(original.Shortfalls, shuffled.Shortfalls);
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 30)]
    public void Schedule_OtherSeeds_DrawOtherInspectors(SeedCase c)
    {
        var plan = TestPlans.Plan(2025, [TestPlans.Rule("yearly", new PeriodicFrequency(CalendarPeriod.Year), TestPlans.Select([]), "u1")]);
        var request = c.World.Request(plan, 2025);

        var draws = Enumerable.Range(0, 4).Select(i => Draws(PlanEngine.Schedule(request with { Seed = c.World.Seed + i }))).ToList();

        Assert.Contains(draws.Skip(1), d => !d.SequenceEqual(draws[0]));
    }

    /// <summary>
    /// Monthly visits fill their months whatever the seed, so the visits are the same under every seed and only the
    /// officers drawn for them can differ: the inspector draw itself reads the seed.
    /// </summary>
    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 30)]
    public void Schedule_OtherSeeds_SameVisits_DrawOtherInspectorsForThem(SeedCase c)
    {
        var plan = TestPlans.Plan(2025, [TestPlans.Rule("monthly", new PeriodicFrequency(CalendarPeriod.Month), TestPlans.Select([]), "u1")]);
        var request = c.World.Request(plan, 2025);

        var outcomes = Enumerable.Range(0, 4).Select(i => PlanEngine.Schedule(request with { Seed = c.World.Seed + i })).ToList();
        var visits = outcomes.Select(o => o.Visits.Select(v => $"{v.EntityCode}:{v.WindowStart:yyyy-MM-dd}:{v.WindowEnd:yyyy-MM-dd}").Order(StringComparer.Ordinal).ToList()).ToList();

        Assert.All(visits.Skip(1), v => Assert.Equal(visits[0], v));
        var draws = outcomes.Select(Draws).ToList();
        Assert.Contains(draws.Skip(1), d => !d.SequenceEqual(draws[0]));
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 30)]
    public void Schedule_OtherSeeds_DrawOtherEntitiesForARandomShare(SeedCase c)
    {
        var rule = TestPlans.Rule("share", new RandomShareFrequency(0.25m, 4), TestPlans.Select([EntityKind.RetailPharmacy, EntityKind.DeviceOperator]), "u1");
        var request = c.World.Request(TestPlans.Plan(2025, [rule]), 2025);

        var drawn = Enumerable.Range(0, 4)
            .Select(i => PlanEngine.Schedule(request with { Seed = c.World.Seed + i }).Visits.Select(v => v.EntityCode).ToHashSet(StringComparer.Ordinal))
            .ToList();

        Assert.All(drawn, d => Assert.Equal((int)Math.Ceiling(c.World.Entities.Count * 0.25m), d.Count));
        Assert.Contains(drawn.Skip(1), d => !d.SetEquals(drawn[0]));
    }

    private static List<string> Lines(PlanOutcome outcome) => [.. outcome.Visits.Select(VisitFacts.Describe)];

    /// <summary>Who goes to each entity, by entity: the windows (and so the order of visits) also move with the seed, and
    /// must not be what tells two draws apart here.</summary>
    private static List<string> Draws(PlanOutcome outcome) =>
        [.. outcome.Visits.Select(v => $"{v.EntityCode}:{v.WindowStart:yyyy-MM-dd}:{string.Join(';', v.Inspectors.Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal)];

    private static byte[] Bytes(PlanOutcome outcome)
    {
        using var stream = new MemoryStream();
        VisitFile.Write(stream, outcome.Visits);
        return stream.ToArray();
    }
}
