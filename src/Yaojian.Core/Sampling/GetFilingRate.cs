using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Sampling;

/// <summary>
/// The case-filing rate of the nonconforming results reported in a year in the caller's units (KZ-D-3.6) against the
/// plan file's target, with the gap list: each result whose clue has not become a case, the oldest first.
/// </summary>
public sealed class GetFilingRate(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<FilingRateResult?> RunAsync(Caller caller, int year, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewSampling))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var plan = await SamplingInputs.PlanAsync(db, year, cancellationToken);
        return await SamplingYear.FilingAsync(db, year, plan, clock.Today(), cancellationToken);
    }
}
