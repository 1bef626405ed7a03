using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Sampling;

namespace Yaojian.Core.Cases.Limits;

/// <summary>
/// What the cases area reads from the plan file in force in a year (its own, or else the latest earlier one): the time
/// limits, and the case-filing target of nonconforming samples (<see cref="PlanInputs.PlanInForceAsync"/> reads the plan
/// once per context and year).
/// </summary>
internal static class CaseLimitsInForce
{
    public static async Task<CaseTimeLimits> ForAsync(YaojianDb db, int year, CancellationToken cancellationToken) =>
        (await PlanInputs.PlanInForceAsync(db, year, cancellationToken))?.CaseLimits ?? CaseTimeLimits.None;

    /// <summary>The share of the year's nonconforming results that must become cases (<c>sampling.filing</c>), or null when none is set.</summary>
    public static async Task<FilingTarget?> FilingAsync(YaojianDb db, int year, CancellationToken cancellationToken) =>
        (await PlanInputs.PlanInForceAsync(db, year, cancellationToken))?.Sampling?.Filing;
}
