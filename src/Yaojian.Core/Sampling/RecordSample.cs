using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Sampling;

/// <summary>
/// Records a sample taken from an entity of the caller's units (the sampling form): checked as
/// <see cref="SampleRules"/> says, the product from the catalogue or named, two officers of the unit with no declared
/// conflict, a sample number used once across the bureau.
/// </summary>
public sealed class RecordSample(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<SampleOutcome> RunAsync(Caller caller, SampleInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.RecordSampling))
        {
            return SampleOutcome.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var entity = await db.Entities.AsNoTracking().Where(e => e.Id == input.EntityId).Select(e => new { e.Id, e.UnitId }).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return SampleOutcome.Missing;
        }

        var today = clock.Today();
        var plan = await SamplingInputs.PlanAsync(db, (input.SampledOn ?? today).Year, cancellationToken);
        var product = input.ProductId is { } productId ? await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId, cancellationToken) : null;
        var (sample, problems) = SampleRules.Check(input, plan, product is not null, today);
        var found = new List<SampleProblem>(problems);
        if (input.ProductId is not null && product is null)
        {
            found.Add(new("productId", Text.Sampling_UnknownProduct));
        }

        var unitId = SampleUnits.For(caller, entity.UnitId);
        found.AddRange(await CheckSamplersAsync(db, unitId, entity.Id, input.SamplerIds, cancellationToken));
        if (!string.IsNullOrWhiteSpace(input.Number))
        {
            var number = SampleRules.NormaliseNumber(input.Number);
            if (await db.Samples.IgnoreQueryFilters().AnyAsync(s => s.Number == number, cancellationToken))
            {
                found.Add(new("number", EnumText.Format(Text.Sampling_NumberTaken, number)));
            }
        }

        if (found.Count > 0 || sample is null)
        {
            return SampleOutcome.Invalid(found);
        }

        if (product is not null)
        {
            (sample.ProductName, sample.ApprovalNumber) = (product.Name, product.ApprovalNumber);
        }

        sample.UnitId = unitId;
        sample.CreatedBy = caller.UserName;
        sample.CreatedAt = clock.GetUtcNow();
        sample.Samplers = input.SamplerIds.Distinct().Select(id => new SampleSampler { InspectorId = id }).ToList();
        db.Samples.Add(sample);
        await db.SaveChangesAsync(cancellationToken);
        return SampleOutcome.Of(await SampleViews.DetailAsync(db, sample, cancellationToken));
    }

    private static async Task<IReadOnlyList<SampleProblem>> CheckSamplersAsync(
        YaojianDb db, int unitId, int entityId, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var officers = await db.Inspectors.AsNoTracking().Include(i => i.Conflicts)
            .Where(i => wanted.Contains(i.Id) && i.UnitId == unitId && i.Active).ToListAsync(cancellationToken);
        var problems = new List<SampleProblem>();
        if (officers.Count != wanted.Count)
        {
            var unit = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
            problems.Add(new("samplerIds", EnumText.Format(Text.Sampling_SamplerNotInUnit, unit)));
        }

        problems.AddRange(officers.Where(i => i.Conflicts.Any(c => c.EntityId == entityId))
            .Select(i => new SampleProblem("samplerIds", EnumText.Format(Text.Plan_InspectorConflict, i.Name))));
        return problems;
    }
}
