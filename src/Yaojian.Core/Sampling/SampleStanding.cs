namespace Yaojian.Core.Sampling;

/// <summary>Where a sample stands, for the list's filter: awaiting its result, conforming, nonconforming, or nonconforming and not yet filed as a case.</summary>
public enum SampleStanding
{
    Pending = 1,
    Conforming = 2,
    Nonconforming = 3,
    NotFiled = 4,
}
