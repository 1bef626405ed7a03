using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>双随机: enough distinct inspectors of the lead unit on every visit, never one with a conflict, and shortfalls named.</summary>
public sealed class InspectorDrawTests
{
    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 80)]
    public void Schedule_EveryVisit_HasDistinctInspectorsOfItsUnitWithoutConflictAsManyAsCanBe(DrawCase c)
    {
        var request = c.Case.Request;
        var needed = request.Plan.Draw.InspectorsPerVisit;
        var inspectors = request.Inspectors.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var outcome = PlanEngine.Schedule(request);

        foreach (var visit in outcome.Visits)
        {
            var text = VisitFacts.Describe(visit);
            var available = request.Inspectors.Count(i => i.Unit == visit.Unit && !i.Conflicts.Contains(visit.EntityCode));
            Assert.True(visit.Inspectors.Distinct(StringComparer.Ordinal).Count() == visit.Inspectors.Count, $"an inspector twice: {text}");
            Assert.All(visit.Inspectors, code => Assert.True(
                inspectors[code].Unit == visit.Unit && !inspectors[code].Conflicts.Contains(visit.EntityCode), $"{code} may not inspect: {text}"));
            Assert.True(visit.Inspectors.Count == Math.Min(needed, available), $"{available} available, {needed} needed: {text}");
            if (available < needed)
            {
                Assert.Contains(outcome.Shortfalls, s => s.Unit == visit.Unit);
            }
        }

        if (outcome.IsComplete)
        {
            Assert.All(outcome.Visits, v => Assert.True(v.Inspectors.Count >= needed, VisitFacts.Describe(v)));
        }
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 80)]
    public void Schedule_EveryShortfall_CountsTheUnitsVisitsShortOfInspectors(DrawCase c)
    {
        var request = c.Case.Request;
        var needed = request.Plan.Draw.InspectorsPerVisit;
        var outcome = PlanEngine.Schedule(request);
        int Available(string unit, string entity) => request.Inspectors.Count(i => i.Unit == unit && !i.Conflicts.Contains(entity));

        Assert.Equal(outcome.Shortfalls.Count, outcome.Shortfalls.Select(s => s.Unit).Distinct(StringComparer.Ordinal).Count());
        foreach (var shortfall in outcome.Shortfalls)
        {
            var lacking = outcome.Visits.Where(v => v.Unit == shortfall.Unit && Available(v.Unit, v.EntityCode) < needed).ToList();
            Assert.Equal(needed, shortfall.Needed);
            Assert.Equal(lacking.Count, shortfall.Visits);
            Assert.Contains(lacking, v => v.EntityCode == shortfall.ExampleEntity);
            Assert.Equal(Available(shortfall.Unit, shortfall.ExampleEntity), shortfall.Available);
        }
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 40)]
    public void Schedule_UnitsWithEnoughInspectorsAndNoConflicts_IsComplete(RoutineCase c) =>
        Assert.True(PlanEngine.Schedule(c.Request).IsComplete);

    [Fact]
    public void Schedule_UnitWithOneFreeInspector_IsNamedAsShort()
    {
        var plan = TestPlans.FromSections("""
            rules:
              - id: yearly
                name: 药店每年
                requirements: [HG-5(1)]
                select: { kind: [retail_pharmacy] }
                frequency: { every: year }
                lead: territorial
            """);
        PlanEntity[] entities = [Pharmacy("E1", "u1"), Pharmacy("E2", "u2")];
        PlanInspector[] inspectors =
        [
            new("a", "a", "u1", new HashSet<string>()), new("b", "b", "u1", new HashSet<string>()),
            new("c", "c", "u2", new HashSet<string>()), new("d", "d", "u2", new HashSet<string> { "E2" }),
        ];

        var outcome = PlanEngine.Schedule(new PlanRequest(plan, 2025, 1, entities, inspectors, []));

        Assert.False(outcome.IsComplete);
        var shortfall = Assert.Single(outcome.Shortfalls);
        Assert.Equal(new InspectorShortfall("u2", 2, 1, 1, "E2"), shortfall);
        Assert.Equal(["c"], outcome.Visits.Single(v => v.EntityCode == "E2").Inspectors);
    }

    private static PlanEntity Pharmacy(string code, string unit) =>
        new(code, EntityKind.RetailPharmacy, unit, AreaClass.Urban, CreditGrade.A, null, EntityStatus.Active, SupervisionTags.None);
}
