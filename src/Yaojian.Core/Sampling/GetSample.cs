using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Sampling;

/// <summary>One sample of the caller's units, with its focus lists, result and clue; null when missing or another unit's.</summary>
public sealed class GetSample(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<SampleDetail?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewSampling))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var sample = await db.Samples.AsNoTracking().Include(s => s.Samplers).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return sample is null ? null : await SampleViews.DetailAsync(db, sample, cancellationToken);
    }
}
