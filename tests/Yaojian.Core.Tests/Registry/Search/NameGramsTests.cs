using FsCheck.Xunit;
using Yaojian.Core.Registry.Search;

namespace Yaojian.Core.Tests.Registry.Search;

public sealed class NameGramsTests
{
    /// <summary>The search through the bigrams gives exactly what the plain substring search gave.</summary>
    [Property(Arbitrary = [typeof(NameArbitraries)], MaxTest = 1000)]
    public bool Matches_AnyNameAndQuery_IsTheOrdinalSubstringSearch(NameAndQuery pair) =>
        NameGrams.Matches(pair.Name, pair.Query) == pair.Name.Contains(pair.Query, StringComparison.Ordinal);

    /// <summary>No false negative: a name that contains the query holds every bigram the search requires of it.</summary>
    [Property(Arbitrary = [typeof(NameArbitraries)], MaxTest = 1000)]
    public bool ForQuery_NameContainingTheQuery_HoldsEveryRequiredBigram(NameAndQuery pair) =>
        !pair.Name.Contains(pair.Query, StringComparison.Ordinal)
        || NameGrams.ForQuery(pair.Query).All(NameGrams.Of(pair.Name).Contains);

    /// <summary>The bigrams are those the migrations compute in SQL: substr(name, i, 2) over code points, each once.</summary>
    [Property(Arbitrary = [typeof(NameArbitraries)])]
    public bool Of_AnyName_IsEachPairOfAdjacentCodePointsOnce(string name)
    {
        var runes = name.EnumerateRunes().Select(r => r.ToString()).ToList();
        var expected = runes.Zip(runes.Skip(1), string.Concat).Distinct(StringComparer.Ordinal);
        var grams = NameGrams.Of(name);
        return grams.SequenceEqual(expected, StringComparer.Ordinal)
            && grams.All(g => g.EnumerateRunes().Count() == 2 && g.Length <= NameGrams.MaxGramLength);
    }

    /// <summary>A query of one character has no bigram (it is searched name by name); longer ones need at most four.</summary>
    [Property(Arbitrary = [typeof(NameArbitraries)])]
    public bool ForQuery_AnyQuery_IsSomeOfItsBigramsAndNoneUnderTwoCharacters(NameAndQuery pair)
    {
        var required = NameGrams.ForQuery(pair.Query);
        var characters = pair.Query.EnumerateRunes().Count();
        return (required.Count == 0) == (characters < 2)
            && required.Count <= NameGrams.MaxQueryGrams
            && required.All(NameGrams.Of(pair.Query).Contains);
    }

    [Fact]
    public void Of_ChineseName_IsItsAdjacentPairs() =>
        Assert.Equal(["仁和", "和大", "大药", "药房"], NameGrams.Of("仁和大药房"));

    [Fact]
    public void Of_SurrogatePair_StaysWhole() =>
        Assert.Equal(["𪚥药", "药房"], NameGrams.Of("𪚥药房"));

    [Fact]
    public void ForQuery_LongQuery_SpreadsFourBigramsFromFirstToLast() =>
        Assert.Equal(["喀左", "县仁", "和大", "药房"], NameGrams.ForQuery("喀左县仁和大药房"));

    [Fact]
    public void Of_LoneSurrogate_IsOneCharacterAsInTheText() =>
        Assert.Equal(["\uD840药"], NameGrams.Of("\uD840药"));
}
