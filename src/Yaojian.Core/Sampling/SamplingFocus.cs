using System.Globalization;

namespace Yaojian.Core.Sampling;

/// <summary>
/// Which focus lists of the sampling plan a sample counts for (KZ-D-4.2), pure: a list counts a sample when the sample's
/// category is one of the list's (or the list names none) and every part the list gives matches — the entity selector,
/// the product criteria, the sample criteria. Within a part, any listed value matches (as in <c>select</c>).
/// </summary>
public static class SamplingFocus
{
    public static IReadOnlyList<FocusList> ListsFor(SamplingPlan plan, SampleFacts sample) =>
        plan.Focus.Where(list => Counts(list, sample)).ToList();

    public static bool Counts(FocusList list, SampleFacts sample) =>
        (list.Categories.Count == 0 || (sample.Category is { } category && list.Categories.Contains(category, StringComparer.Ordinal)))
        && (list.Select is null || list.Select.Matches(sample.Entity))
        && (list.Product is null || Matches(list.Product, sample))
        && (list.Sample is null || Matches(list.Sample, sample));

    /// <summary>
    /// Which product a follow-up sample must be to follow up last year's: the same catalogue product, or — not in the
    /// catalogue — the same name from the same manufacturer (spaces and case aside).
    /// </summary>
    public static string ProductKey(int? productId, string productName, string manufacturer) =>
        productId is { } id
            ? string.Create(CultureInfo.InvariantCulture, $"p:{id}")
            : $"n:{Normalise(productName)}|{Normalise(manufacturer)}";

    private static bool Matches(ProductCriteria criteria, SampleFacts sample) =>
        (criteria.Flags == Registry.ProductFlags.None || (sample.ProductFlags & criteria.Flags) != 0)
        && (criteria.ControlClasses.Count == 0 || criteria.ControlClasses.Contains(sample.ControlClass))
        && (!criteria.NonconformingLastYear || sample.NonconformingLastYear);

    private static bool Matches(SampleCriteria criteria, SampleFacts sample) =>
        (criteria.Online is not { } online || online == sample.Online)
        && (criteria.Concerns == SampleConcerns.None || (sample.Concerns & criteria.Concerns) != 0);

    private static string Normalise(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
}
