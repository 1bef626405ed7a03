using Yaojian.Core.Common;

namespace Yaojian.Core.Registry;

/// <summary>Reads and writes the <c>tags</c> column: a <c>;</c>-separated list of tag identifiers.</summary>
public static class SupervisionTagNames
{
    public static IReadOnlyList<SupervisionTags> Each { get; } =
        Enum.GetValues<SupervisionTags>().Where(t => t != SupervisionTags.None).ToArray();

    public static string Format(SupervisionTags tags) =>
        string.Join(';', Each.Where(t => tags.HasFlag(t)).Select(SnakeCaseNames<SupervisionTags>.Of));

    public static IEnumerable<SupervisionTags> Split(SupervisionTags tags) => Each.Where(t => tags.HasFlag(t));

    /// <summary>Parses the list; unknown names are returned so that the caller can report each one.</summary>
    public static SupervisionTags Parse(string? text, out IReadOnlyList<string> unknown)
    {
        // Most rows of a registry file have no tag: nothing to split.
        if (string.IsNullOrWhiteSpace(text))
        {
            unknown = [];
            return SupervisionTags.None;
        }

        var result = SupervisionTags.None;
        var bad = new List<string>();
        foreach (var part in text.Split([';', '；', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (SnakeCaseNames<SupervisionTags>.TryParse(part, out var tag) && tag != SupervisionTags.None)
            {
                result |= tag;
            }
            else
            {
                bad.Add(part);
            }
        }

        unknown = bad;
        return result;
    }
}
