using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;

namespace Yaojian.Core.Sampling;

/// <summary>The year's sampling plan against what the caller's units have taken, by quarter, and the case-filing rate.</summary>
public sealed class GetSamplingOverview(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<SamplingOverview?> RunAsync(Caller caller, int year, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewSampling))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var planFile = await PlanInputs.PlanInForceAsync(db, year, cancellationToken);
        var plan = planFile?.Sampling;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var samples = await db.Samples.AsNoTracking().Where(s => s.SampledOn >= from && s.SampledOn <= to).ToListAsync(cancellationToken);
        var focus = await SamplingInputs.FocusAsync(db, samples, cancellationToken);
        var progress = plan is null ? null : SamplingProgress.Of(plan, year, samples.Select(s =>
            new TakenSample(s.SampledOn, s.CategoryId, (focus.GetValueOrDefault(s.Id) ?? []).Select(f => f.Id).ToList())));
        var today = clock.Today();
        return new SamplingOverview(
            year, planFile?.Title, progress, samples.Count,
            samples.Count(s => s.Conclusion is null), samples.Count(s => s.Conclusion == SampleConclusion.Nonconforming),
            await SamplingYear.FilingAsync(db, year, plan, today, cancellationToken),
            plan?.Filing?.Requirements ?? []);
    }
}
