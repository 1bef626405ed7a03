using Yaojian.Core.Planning;
namespace Yaojian.Core.Sampling;

/// <summary>
/// The sampling plan's progress, pure: samples taken in the year per category and per focus list, by quarter, against
/// their counts. Samples of a category the plan does not have (the plan file changed) are <see cref="Unclassified"/>.
/// </summary>
public sealed record SamplingProgress(
    IReadOnlyList<ProgressRow> Categories,
    IReadOnlyList<ProgressRow> Focus,
    IReadOnlyList<int> ByQuarter,
    int Total,
    int Unclassified)
{
    public static SamplingProgress Of(SamplingPlan plan, int year, IEnumerable<TakenSample> samples)
    {
        var taken = samples.Where(s => s.SampledOn.Year == year).ToList();
        var categories = plan.Categories
            .Select(c => Row(c.Id, c.Name, c.Requirements, c.Count, taken.Where(s => s.Category == c.Id)))
            .ToList();
        var focus = plan.Focus
            .Select(f => Row(f.Id, f.Name, f.Requirements, f.Count, taken.Where(s => s.Focus.Contains(f.Id))))
            .ToList();
        var known = plan.Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var unclassified = plan.Categories.Count == 0 ? 0 : taken.Count(s => s.Category is null || !known.Contains(s.Category));
        return new SamplingProgress(categories, focus, Quarters(taken), taken.Count, unclassified);
    }

    private static ProgressRow Row(string id, string name, IReadOnlyList<string> requirements, int? count, IEnumerable<TakenSample> samples)
    {
        var list = samples.ToList();
        return new ProgressRow(id, name, requirements, count, Quarters(list), list.Count, count is { } n ? list.Count / (decimal)n : null);
    }

    private static int[] Quarters(IReadOnlyCollection<TakenSample> samples) =>
        [.. Enumerable.Range(1, 4).Select(q => samples.Count(s => Periods.QuarterOf(s.SampledOn) == q))];
}
