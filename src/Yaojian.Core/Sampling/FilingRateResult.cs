namespace Yaojian.Core.Sampling;

/// <summary>
/// The year's case-filing rate (立案查处率, KZ-D-3.6): of the nonconforming results reported that year, how many became
/// filed cases. <see cref="Rate"/> is null when there is none (nothing to file); <see cref="Met"/> is null without a
/// target. <see cref="Gaps"/> are those not filed yet, the oldest first.
/// </summary>
public sealed record FilingRateResult(
    int Year,
    int Total,
    int Filed,
    decimal? Rate,
    decimal? Target,
    bool? Met,
    IReadOnlyList<FilingGap> Gaps);
