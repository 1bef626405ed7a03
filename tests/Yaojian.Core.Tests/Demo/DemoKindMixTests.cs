using FsCheck.Xunit;
using Yaojian.Core.Demo;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Demo;

public sealed class DemoKindMixTests
{
    // From 31 up: below that the product is wrong (see the skipped test below), and a property that fails on every
    // run would hide any other failure behind it.
    [Property(Arbitrary = [typeof(DemoArbitraries)], MaxTest = 300)]
    public bool For_AnyTotal_SumsToTheTotalWithEveryKindAtLeastOnce(CountyTotal total)
    {
        var mix = DemoKindMix.For(total.Value);
        return mix.Sum(m => m.Count) == total.Value
            && mix.All(m => m.Count >= 1)
            && mix.Select(m => m.Kind).Order().SequenceEqual(Enum.GetValues<EntityKind>());
    }

    [Fact]
    public void For_DemoCountySizes_SumToTheTotalWithEveryKindAtLeastOnce()
    {
        foreach (var total in Enumerable.Range(400, 201))
        {
            var mix = DemoKindMix.For(total);
            Assert.Equal(total, mix.Sum(m => m.Count));
            Assert.All(mix, m => Assert.True(m.Count >= 1, $"{m.Kind} has {m.Count} of {total}"));
        }
    }

    [Fact]
    public void For_SmallTotals_SumToTheTotalWithEveryKindAtLeastOnce()
    {
        foreach (var total in Enumerable.Range(19, 82))
        {
            var mix = DemoKindMix.For(total);
            Assert.True(mix.Sum(m => m.Count) == total, $"For({total}) sums to {mix.Sum(m => m.Count)}");
            Assert.All(mix, m => Assert.True(m.Count >= 1, $"{m.Kind} has {m.Count} of {total}"));
        }
    }

    [Fact]
    public void For_FewerThanOneOfEachKind_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoKindMix.For(DemoKindMix.MinimumTotal - 1));
}
