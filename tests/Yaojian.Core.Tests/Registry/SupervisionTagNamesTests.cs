using FsCheck.Xunit;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Registry;

public sealed class SupervisionTagNamesTests
{
    [Property(Arbitrary = [typeof(TagArbitraries)])]
    public bool Parse_FormatOfAnyCombination_IsTheSameCombination(SupervisionTags tags)
    {
        var parsed = SupervisionTagNames.Parse(SupervisionTagNames.Format(tags), out var unknown);
        return parsed == tags && unknown.Count == 0;
    }

    [Property(Arbitrary = [typeof(TagArbitraries)])]
    public bool Split_AnyCombination_GivesEachTagOnce(SupervisionTags tags) =>
        SupervisionTagNames.Split(tags).Aggregate(SupervisionTags.None, (all, t) => all | t) == tags
        && SupervisionTagNames.Split(tags).Count() == System.Numerics.BitOperations.PopCount((ulong)tags);

    [Fact]
    public void Format_NoTags_IsEmpty() => Assert.Equal(string.Empty, SupervisionTagNames.Format(SupervisionTags.None));

    [Fact]
    public void Parse_ChineseSemicolonCommaAndSpaces_AreSeparators()
    {
        var tags = SupervisionTagNames.Parse(" vaccines；cold_chain , PUBLIC;", out var unknown);
        Assert.Equal(SupervisionTags.Vaccines | SupervisionTags.ColdChain | SupervisionTags.Public, tags);
        Assert.Empty(unknown);
    }

    [Fact]
    public void Parse_UnknownTags_ReportsEachAndKeepsTheKnownOnes()
    {
        var tags = SupervisionTagNames.Parse("cold_chain;nope;;冷链;none", out var unknown);
        Assert.Equal(SupervisionTags.ColdChain, tags);
        Assert.Equal(["nope", "冷链", "none"], unknown);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ; ")]
    public void Parse_Blank_IsNoTags(string? text)
    {
        Assert.Equal(SupervisionTags.None, SupervisionTagNames.Parse(text, out var unknown));
        Assert.Empty(unknown);
    }
}
