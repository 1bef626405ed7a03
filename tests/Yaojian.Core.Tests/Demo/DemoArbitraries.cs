using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Demo;

namespace Yaojian.Core.Tests.Demo;

/// <summary>Generators for the demo county's properties.</summary>
public static class DemoArbitraries
{
    public static Arbitrary<CountyTotal> Totals() =>
        Gen.Frequency(
                (1, Gen.Choose(DemoKindMix.MinimumTotal, 100)),
                (2, Gen.Choose(101, 20_000)),
                (1, Gen.Choose(20_001, 1_000_000)))
            .Select(n => new CountyTotal(n))
            .ToArbitrary();
}
