using System.Runtime.CompilerServices;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;

namespace Yaojian.Core.Cases.Limits;

/// <summary>
/// The time limits of the plan file in force in a year (its own, or else the latest earlier one), read once per context
/// and year: a sheet of sample results opens many clues in one save, and each would otherwise parse the plan again.
/// </summary>
internal static class CaseLimitsInForce
{
    private static readonly ConditionalWeakTable<YaojianDb, Dictionary<int, CaseTimeLimits>> Read = [];

    public static async Task<CaseTimeLimits> ForAsync(YaojianDb db, int year, CancellationToken cancellationToken)
    {
        var years = Read.GetValue(db, _ => []);
        if (!years.TryGetValue(year, out var limits))
        {
            limits = (await PlanInputs.PlanInForceAsync(db, year, cancellationToken))?.CaseLimits ?? CaseTimeLimits.None;
            years[year] = limits;
        }

        return limits;
    }
}
