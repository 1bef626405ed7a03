using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Security;

namespace Yaojian.Core.Sampling;

/// <summary>
/// Enters the laboratory's result of one sample of the caller's units by hand (the same checks as an imported sheet);
/// a nonconforming one opens its clue in the same save. Entering the stored result again changes nothing.
/// </summary>
public sealed class RecordResult(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading, ReplanEntity replan)
{
    public const string ManualSource = "manual";

    public async Task<SampleOutcome> RunAsync(Caller caller, int sampleId, ResultInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.RecordSampling))
        {
            return SampleOutcome.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var sample = await db.Samples.Include(s => s.Samplers).SingleOrDefaultAsync(s => s.Id == sampleId, cancellationToken);
        if (sample is null)
        {
            return SampleOutcome.Missing;
        }

        var today = clock.Today();
        var (result, problems) = ResultRules.Check(input, sample, today);
        if (result is null)
        {
            return SampleOutcome.Invalid(problems);
        }

        int? replanned = null;
        if (!result.IsStoredOn(sample))
        {
            replanned = await ResultEffects.StageAsync(db, sample, result, ManualSource, caller.UserName, clock.GetUtcNow(), today, grading, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (replanned is { } entityId)
        {
            await replan.RunAsync(caller, entityId, today, cancellationToken);
        }

        return SampleOutcome.Of(await SampleViews.DetailAsync(db, sample, cancellationToken));
    }
}
