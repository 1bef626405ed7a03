using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Sampling;

/// <summary>
/// The samples of the caller's units, filtered, the newest first. Focus lists and filing are computed (they follow the
/// plan file and the clues), so those two filters apply after the database's.
/// </summary>
public sealed class ListSamples(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<SamplePage?> RunAsync(Caller caller, SampleFilter filter, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewSampling))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var query = db.Samples.AsNoTracking();
        if (filter.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(s => s.SampledOn >= from && s.SampledOn <= to);
        }

        query = filter.Category is { Length: > 0 } category ? query.Where(s => s.CategoryId == category) : query;
        query = filter.Online is { } online ? query.Where(s => s.Online == online) : query;
        query = filter.EntityId is { } entityId ? query.Where(s => s.EntityId == entityId) : query;
        query = filter.UnitId is { } unitId ? query.Where(s => s.UnitId == unitId) : query;
        query = filter.Standing switch
        {
            SampleStanding.Pending => query.Where(s => s.Conclusion == null),
            SampleStanding.Conforming => query.Where(s => s.Conclusion == SampleConclusion.Conforming),
            SampleStanding.Nonconforming or SampleStanding.NotFiled => query.Where(s => s.Conclusion == SampleConclusion.Nonconforming),
            null => query,
        };
        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            var number = SampleRules.NormaliseNumber(search);
            query = query.Where(s => s.Number.Contains(number) || s.ProductName.Contains(search) || s.Batch.Contains(search)
                || db.Entities.IgnoreQueryFilters().Any(e => e.Id == s.EntityId && e.Name.Contains(search)));
        }

        var samples = await query.OrderByDescending(s => s.SampledOn).ThenByDescending(s => s.Id).ToListAsync(cancellationToken);
        var focus = await SamplingInputs.FocusAsync(db, samples, cancellationToken);
        var clues = await SamplingInputs.CluesAsync(db, samples.Where(s => s.Conclusion == SampleConclusion.Nonconforming).Select(s => s.Id).ToList(), cancellationToken);
        var matching = samples
            .Where(s => filter.Focus is not { Length: > 0 } wanted || focus.GetValueOrDefault(s.Id)?.Any(f => f.Id == wanted) == true)
            .Where(s => filter.Standing != SampleStanding.NotFiled || clues.GetValueOrDefault(s.Id)?.Filed != true)
            .ToList();
        var size = Math.Clamp(filter.PageSize, 1, SampleFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var shown = matching.Skip((page - 1) * size).Take(size).ToList();
        return new SamplePage(await RowsAsync(db, shown, focus, clues, cancellationToken), matching.Count, page, size);
    }

    private static async Task<IReadOnlyList<SampleRow>> RowsAsync(
        YaojianDb db, List<Sample> samples, Dictionary<int, IReadOnlyList<FocusList>> focus, Dictionary<int, SampleClue> clues, CancellationToken cancellationToken)
    {
        var entityIds = samples.Select(s => s.EntityId).Distinct().ToList();
        var entities = await db.Entities.IgnoreQueryFilters().AsNoTracking().Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var plans = new Dictionary<int, SamplingPlan?>();
        foreach (var year in samples.Select(s => s.SampledOn.Year).Distinct())
        {
            plans[year] = await SamplingInputs.PlanAsync(db, year, cancellationToken);
        }

        return samples.Select(s => new SampleRow(
            s.Id, s.Number, s.ProductName, s.Batch, s.EntityId, entities.GetValueOrDefault(s.EntityId, string.Empty), units.GetValueOrDefault(s.UnitId, string.Empty),
            s.SampledOn, s.Online, plans[s.SampledOn.Year]?.Category(s.CategoryId)?.Name ?? s.CategoryId,
            (focus.GetValueOrDefault(s.Id) ?? []).Select(f => new CodeName(f.Id, f.Name)).ToList(),
            s.Conclusion, clues.GetValueOrDefault(s.Id))).ToList();
    }
}
