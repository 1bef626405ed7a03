using System.Runtime.CompilerServices;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Sampling;

namespace Yaojian.Core.Cases.Limits;

/// <summary>
/// What the cases area reads from the plan file in force in a year (its own, or else the latest earlier one): the time
/// limits, and the case-filing target of nonconforming samples. Read once per context and year: a sheet of sample
/// results opens many clues in one save, and each would otherwise parse the plan again.
/// </summary>
internal static class CaseLimitsInForce
{
    private static readonly ConditionalWeakTable<YaojianDb, Dictionary<int, PlanDefinition?>> Read = [];

    public static async Task<CaseTimeLimits> ForAsync(YaojianDb db, int year, CancellationToken cancellationToken) =>
        (await PlanAsync(db, year, cancellationToken))?.CaseLimits ?? CaseTimeLimits.None;

    /// <summary>The share of the year's nonconforming results that must become cases (<c>sampling.filing</c>), or null when none is set.</summary>
    public static async Task<FilingTarget?> FilingAsync(YaojianDb db, int year, CancellationToken cancellationToken) =>
        (await PlanAsync(db, year, cancellationToken))?.Sampling?.Filing;

    private static async Task<PlanDefinition?> PlanAsync(YaojianDb db, int year, CancellationToken cancellationToken)
    {
        var years = Read.GetValue(db, _ => []);
        if (!years.TryGetValue(year, out var plan))
        {
            plan = await PlanInputs.PlanInForceAsync(db, year, cancellationToken);
            years[year] = plan;
        }

        return plan;
    }
}
