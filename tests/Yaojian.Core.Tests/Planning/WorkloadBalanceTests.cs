using FsCheck.Xunit;
using Yaojian.Core.Planning;

namespace Yaojian.Core.Tests.Planning;

/// <summary>
/// Work is spread evenly. Without conflicts the draw takes, for each visit, the inspectors least loaded this month,
/// so within a unit and a month no inspector has more than one visit more than another; and a unit's visits free to
/// take any month of the year fill the least loaded months first, so its months differ by one visit at most.
/// Over the year, too, no inspector of a unit has more than one visit more than another: the least loaded this month
/// are taken first and, among those, the least loaded this year, so an inspector behind for the year is never passed
/// over for one ahead. With conflicts there is no such bound: an inspector who may not inspect many of the month's
/// entities falls behind.
/// </summary>
public sealed class WorkloadBalanceTests
{
    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 60)]
    public void Schedule_NoConflicts_InspectorsOfAUnitDifferByAtMostOneVisitInAnyMonth(RoutineCase c)
    {
        var outcome = PlanEngine.Schedule(c.Request);

        foreach (var unit in c.World.Inspectors.GroupBy(i => i.Unit, StringComparer.Ordinal))
        {
            for (var month = 1; month <= 12; month++)
            {
                var visits = outcome.Visits.Where(v => v.Unit == unit.Key && v.WindowStart.Month == month).ToList();
                var loads = unit.Select(i => visits.Count(v => v.Inspectors.Contains(i.Code))).ToList();
                Assert.True(loads.Max() - loads.Min() <= 1, $"{unit.Key}, month {month}: loads {string.Join(',', loads)}");
            }
        }
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 60)]
    public void Schedule_NoConflicts_InspectorsOfAUnitDifferByAtMostOneVisitOverTheYear(RoutineCase c)
    {
        var outcome = PlanEngine.Schedule(c.Request);

        foreach (var unit in c.World.Inspectors.GroupBy(i => i.Unit, StringComparer.Ordinal))
        {
            var loads = unit.Select(i => outcome.Visits.Count(v => v.Unit == unit.Key && v.Inspectors.Contains(i.Code))).ToList();
            Assert.True(loads.Max() - loads.Min() <= 1, $"{unit.Key}: loads {string.Join(',', loads)}");
        }
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 60)]
    public void Schedule_YearlyRulesOnly_SpreadsEachUnitsVisitsOverTheMonthsWithinOne(YearlyCase c)
    {
        var visits = PlanEngine.Schedule(c.Case.Request).Visits;

        foreach (var unit in visits.GroupBy(v => v.Unit, StringComparer.Ordinal))
        {
            var loads = Enumerable.Range(1, 12).Select(m => unit.Count(v => v.WindowStart.Month == m)).ToList();
            Assert.True(loads.Max() - loads.Min() <= 1, $"{unit.Key}: months {string.Join(',', loads)}");
            Assert.All(unit, v => Assert.True(v.WindowStart.Day == 1 && v.WindowEnd.AddDays(1).Day == 1 && v.WindowStart.Month == v.WindowEnd.Month));
        }
    }
}
