using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Sampling;

/// <summary>
/// Reads what the sampling rules need: the sampling plan in force for a year, the facts of samples (entity, product,
/// last year's nonconforming products) with the focus lists they count for, and the clue and case of each
/// nonconforming sample.
/// </summary>
internal static class SamplingInputs
{
    public static string SourceRef(int sampleId) => string.Create(CultureInfo.InvariantCulture, $"sample:{sampleId}");

    /// <summary>The sampling section of the plan file in force in <paramref name="year"/> (the year's, or the last one before it).</summary>
    public static async Task<SamplingPlan?> PlanAsync(YaojianDb db, int year, CancellationToken cancellationToken) =>
        (await PlanInputs.PlanInForceAsync(db, year, cancellationToken))?.Sampling;

    /// <summary>Each sample with the focus lists it counts for under the plan in force in its year.</summary>
    public static async Task<Dictionary<int, IReadOnlyList<FocusList>>> FocusAsync(YaojianDb db, IReadOnlyCollection<Sample> samples, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, IReadOnlyList<FocusList>>();
        if (samples.Count == 0)
        {
            return result;
        }

        // The entity may have moved to another unit since: the sample still counts as its facts say.
        var entityIds = samples.Select(s => s.EntityId).Distinct().ToList();
        var entities = (await db.Entities.IgnoreQueryFilters().AsNoTracking().Where(e => entityIds.Contains(e.Id))
                .Select(e => new { e.Id, e.Code, e.Kind, Unit = e.Unit!.Code, e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags })
                .ToListAsync(cancellationToken))
            .ToDictionary(e => e.Id, e => new PlanEntity(e.Code, e.Kind, e.Unit, e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags));
        var productIds = samples.Where(s => s.ProductId is not null).Select(s => s.ProductId!.Value).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var year in samples.Select(s => s.SampledOn.Year).Distinct())
        {
            if (await PlanAsync(db, year, cancellationToken) is not { } plan)
            {
                continue;
            }

            var followed = await NonconformingProductsAsync(db, year - 1, cancellationToken);
            foreach (var sample in samples.Where(s => s.SampledOn.Year == year))
            {
                var product = sample.ProductId is { } id ? products.GetValueOrDefault(id) : null;
                var facts = new SampleFacts(
                    sample.CategoryId,
                    entities[sample.EntityId],
                    product?.Flags ?? sample.ProductFlags,
                    product?.ControlClass ?? ControlClass.None,
                    sample.Online,
                    sample.Concerns,
                    followed.Contains(SamplingFocus.ProductKey(sample.ProductId, sample.ProductName, sample.Manufacturer)));
                result[sample.Id] = SamplingFocus.ListsFor(plan, facts);
            }
        }

        return result;
    }

    /// <summary>The products found nonconforming in samples taken in <paramref name="year"/>, across the bureau.</summary>
    public static async Task<HashSet<string>> NonconformingProductsAsync(YaojianDb db, int year, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var found = await db.Samples.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Conclusion == SampleConclusion.Nonconforming && s.SampledOn >= from && s.SampledOn <= to)
            .Select(s => new { s.ProductId, s.ProductName, s.Manufacturer })
            .ToListAsync(cancellationToken);
        return found.Select(s => SamplingFocus.ProductKey(s.ProductId, s.ProductName, s.Manufacturer)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The clue each of <paramref name="sampleIds"/> opened, with the case it (or its group's first clue) became.</summary>
    public static async Task<Dictionary<int, SampleClue>> CluesAsync(YaojianDb db, IReadOnlyCollection<int> sampleIds, CancellationToken cancellationToken)
    {
        if (sampleIds.Count == 0)
        {
            return [];
        }

        var refs = sampleIds.Select(SourceRef).ToList();
        var clues = await db.Clues.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Source == ClueSource.Sampling && refs.Contains(c.SourceRef!))
            .Select(c => new { c.Id, c.Number, c.Status, c.SourceRef, c.CaseId, GroupCase = db.Clues.IgnoreQueryFilters().Where(g => g.Id == c.GroupId).Select(g => g.CaseId).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return clues.GroupBy(c => int.Parse(c.SourceRef!["sample:".Length..], CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Id).Select(c => new SampleClue(c.Id, c.Number, c.Status, c.CaseId ?? c.GroupCase)).First());
    }

    public static IReadOnlyList<CodeName> Names<TEnum>(TEnum flags)
        where TEnum : struct, Enum =>
        SampleRules.Split(flags).Select(f => new CodeName(SnakeCaseNames<TEnum>.Of(f), EnumText.Of(f))).ToList();

    public static IReadOnlyList<CodeName> Options<TEnum>()
        where TEnum : struct, Enum =>
        SampleRules.Split((TEnum)Enum.ToObject(typeof(TEnum), Enum.GetValues<TEnum>().Aggregate(0L, (all, f) => all | Convert.ToInt64(f, CultureInfo.InvariantCulture))))
            .Select(f => new CodeName(SnakeCaseNames<TEnum>.Of(f), EnumText.Of(f))).ToList();
}
