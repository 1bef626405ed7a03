using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Sampling;

/// <summary>Builds what the pages and the API show of samples.</summary>
internal static class SampleViews
{
    public static async Task<SampleDetail> DetailAsync(YaojianDb db, Sample sample, CancellationToken cancellationToken)
    {
        var entity = await db.Entities.IgnoreQueryFilters().AsNoTracking().Where(e => e.Id == sample.EntityId)
            .Select(e => new { e.Name, e.Kind, e.Address }).SingleAsync(cancellationToken);
        var unit = await db.Units.Where(u => u.Id == sample.UnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var product = sample.ProductId is { } productId ? await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId, cancellationToken) : null;
        var samplerIds = sample.Samplers.Select(s => s.InspectorId).ToList();
        var samplers = await db.Inspectors.AsNoTracking().Where(i => samplerIds.Contains(i.Id)).OrderBy(i => i.Code).Select(i => i.Name).ToListAsync(cancellationToken);
        var plan = await SamplingInputs.PlanAsync(db, sample.SampledOn.Year, cancellationToken);
        var focus = (await SamplingInputs.FocusAsync(db, [sample], cancellationToken)).GetValueOrDefault(sample.Id) ?? [];
        var clue = (await SamplingInputs.CluesAsync(db, [sample.Id], cancellationToken)).GetValueOrDefault(sample.Id);
        return new SampleDetail(
            sample.Id, sample.Number, sample.CategoryId, plan?.Category(sample.CategoryId)?.Name,
            sample.EntityId, entity.Name, entity.Kind, entity.Address, sample.UnitId, unit,
            sample.ProductId, sample.ProductName, sample.ApprovalNumber,
            SamplingInputs.Names(product?.Flags ?? sample.ProductFlags), product?.ControlClass ?? ControlClass.None,
            sample.Batch, sample.Manufacturer, sample.Specification, sample.SampledOn, sample.Online, sample.Platform, sample.Shop,
            SamplingInputs.Names(sample.Concerns), samplers, focus.Select(f => new CodeName(f.Id, f.Name)).ToList(), sample.Notes,
            Result(sample), clue, sample.CreatedBy, sample.CreatedAt);
    }

    public static SampleResultView? Result(Sample sample) =>
        sample.Conclusion is not { } conclusion ? null
            : new SampleResultView(conclusion, sample.ReportNumber ?? string.Empty, sample.ReportedOn ?? sample.SampledOn,
                [.. ResultRules.SplitItems(sample.FailingItems)], sample.Laboratory, sample.ResultSource ?? string.Empty,
                sample.ResultBy ?? string.Empty, sample.ResultAt ?? sample.CreatedAt);
}
