namespace Yaojian.Core.Registry.Search;

/// <summary>
/// The character bigrams of an entity name: every two adjacent characters (code points, so a surrogate pair is one
/// character), each once. A name that contains a query of two or more characters holds every bigram of that query,
/// so the bigram index finds every candidate and the substring check on the name keeps exactly the old answer.
/// A query of one character has no bigram and is searched by the name itself. See docs/decisions/0009.
/// </summary>
public static class NameGrams
{
    /// <summary>How many of a query's bigrams the search requires: enough to narrow, few enough to stay cheap.</summary>
    public const int MaxQueryGrams = 4;

    /// <summary>The longest bigram in UTF-16 units: two characters outside the basic plane.</summary>
    public const int MaxGramLength = 4;

    /// <summary>The distinct bigrams of <paramref name="text"/> in the order they first appear.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var grams = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        while (start < text.Length)
        {
            var second = start + Width(text, start);
            if (second >= text.Length)
            {
                break;
            }

            var gram = text[start..(second + Width(text, second))];
            if (seen.Add(gram))
            {
                grams.Add(gram);
            }

            start = second;
        }

        return grams;
    }

    /// <summary>
    /// The bigrams a search for <paramref name="query"/> requires of a name: at most <see cref="MaxQueryGrams"/>,
    /// spread over the query; none when the query has fewer than two characters.
    /// </summary>
    public static IReadOnlyList<string> ForQuery(string query)
    {
        var grams = Of(query);
        if (grams.Count <= MaxQueryGrams)
        {
            return grams;
        }

        return Enumerable.Range(0, MaxQueryGrams).Select(i => grams[i * (grams.Count - 1) / (MaxQueryGrams - 1)]).ToList();
    }

    /// <summary>The search rule: a name with these bigrams that contains the query, ordinally.</summary>
    public static bool Matches(string name, string query) =>
        ForQuery(query).All(Of(name).Contains) && name.Contains(query, StringComparison.Ordinal);

    private static int Width(string text, int index) => char.IsSurrogatePair(text, index) ? 2 : 1;
}
