namespace Yaojian.Core.Tests.Planning;

/// <summary>The house style of the repository's plan files: each entry of a section quotes its clause in a comment above it.</summary>
public static class PlanFileComments
{
    /// <summary>The entries (<c>  - id: …</c> lines) of the top-level <paramref name="section"/>, and whether a comment stands above each.</summary>
    public static IReadOnlyList<(string Entry, bool Commented)> Entries(string file, string section)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPlans.PlansFolder, file));
        var start = Array.IndexOf(lines, section + ":");
        Assert.True(start > 0, $"{file} has no {section}");
        var entries = new List<(string, bool)>();
        for (var i = start + 1; i < lines.Length && !IsSection(lines[i]); i++)
        {
            if (lines[i].StartsWith("  - id: ", StringComparison.Ordinal))
            {
                entries.Add((lines[i].Trim(), lines[i - 1].StartsWith("  # ", StringComparison.Ordinal)));
            }
        }

        return entries;
    }

    /// <summary>A top-level key (<c>grading:</c>) ends the section before it.</summary>
    private static bool IsSection(string line) => line.Length > 0 && char.IsAsciiLetterLower(line[0]);
}
