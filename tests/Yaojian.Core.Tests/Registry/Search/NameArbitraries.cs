using FsCheck;
using FsCheck.Fluent;

namespace Yaojian.Core.Tests.Registry.Search;

/// <summary>A name and a query typed against it.</summary>
public sealed record NameAndQuery(string Name, string Query);

/// <summary>
/// Names from a small alphabet (so queries often match): Chinese characters, Latin letters of both cases, digits,
/// a space, and characters outside the basic plane (surrogate pairs); queries of 1 to 3 characters, half of them
/// taken from the name, and a few longer ones that need more bigrams than the search requires.
/// </summary>
public static class NameArbitraries
{
    private static readonly string[] Characters =
        ["仁", "和", "大", "药", "房", "堂", "医", "院", "a", "A", "b", "1", "2", " ", "𠀀", "𪚥", "😀"];

    private static Gen<string[]> Text(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.Elements(Characters).ArrayOf(n));

    public static Arbitrary<NameAndQuery> NamesAndQueries() =>
        Text(0, 14).SelectMany(
            name => Gen.OneOf(FromName(name), Text(1, 3), Text(4, 9)),
            (name, query) => new NameAndQuery(string.Concat(name), string.Concat(query)))
        .ToArbitrary();

    public static Arbitrary<string> Names() => Text(0, 14).Select(string.Concat).ToArbitrary();

    private static Gen<string[]> FromName(string[] name) =>
        name.Length == 0
            ? Text(1, 3)
            : Gen.Choose(0, name.Length - 1).SelectMany(
                start => Gen.Choose(1, Math.Min(3, name.Length - start)),
                (start, length) => name[start..(start + length)]);
}
