using Yaojian.Core.Planning;

namespace Yaojian.Core.Sampling;

/// <summary>
/// A focus list of the sampling plan (KZ-D-4.2: last year's nonconforming products, maternal and paediatric drugs,
/// in-house preparations, rural and fringe areas, online sales…) as criteria a sample is checked against: the
/// sampled entity (<see cref="Select"/>), the product, the sample's circumstances. Every part given must match; a list
/// with <see cref="Categories"/> counts only samples of those categories.
/// </summary>
public sealed record FocusList(
    string Id,
    string Name,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<string> Categories,
    EntitySelector? Select,
    ProductCriteria? Product,
    SampleCriteria? Sample,
    int? Count);
