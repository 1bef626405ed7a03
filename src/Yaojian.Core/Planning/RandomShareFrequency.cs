namespace Yaojian.Core.Planning;

/// <summary>
/// A random <see cref="Share"/> of the entities each year, all of them within <see cref="FullCoverageYears"/> years
/// (KZ-M-2.1: ≥25% a year, all within 4): those not inspected for <c>FullCoverageYears − 1</c> years are drawn first,
/// the rest of the share at random from those inspected least recently (draw without replacement across the cycle).
/// </summary>
public sealed record RandomShareFrequency(decimal Share, int FullCoverageYears) : Frequency;
