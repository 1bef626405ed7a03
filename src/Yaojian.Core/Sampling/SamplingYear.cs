using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Sampling;

/// <summary>The filing rate of a year over the caller's units, shared by the overview and the filing page.</summary>
internal static class SamplingYear
{
    public static async Task<FilingRateResult> FilingAsync(YaojianDb db, int year, SamplingPlan? plan, DateOnly today, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var found = await db.Samples.AsNoTracking()
            .Where(s => s.Conclusion == SampleConclusion.Nonconforming && s.ReportedOn >= from && s.ReportedOn <= to)
            .Select(s => new
            {
                s.Id,
                s.Number,
                s.ProductName,
                s.Batch,
                s.EntityId,
                s.ReportedOn,
                Entity = db.Entities.IgnoreQueryFilters().Where(e => e.Id == s.EntityId).Select(e => e.Name).FirstOrDefault(),
                Unit = db.Units.Where(u => u.Id == s.UnitId).Select(u => u.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var clues = await SamplingInputs.CluesAsync(db, found.Select(s => s.Id).ToList(), cancellationToken);
        var results = found.Select(s =>
        {
            var clue = clues.GetValueOrDefault(s.Id);
            return new NonconformingResult(s.Id, s.Number, s.ProductName, s.Batch, s.EntityId, s.Entity ?? string.Empty, s.Unit ?? string.Empty,
                s.ReportedOn!.Value, clue?.Id, clue?.Number, clue?.CaseId);
        });
        return FilingRate.Of(year, results, plan?.Filing?.Share, today);
    }
}
