using Yaojian.Core.Registry;

namespace Yaojian.Testing;

/// <summary>Unified social credit codes for tests: valid ones from a random source, and one way of breaking them.</summary>
public static class TestUscc
{
    /// <summary>Real, published codes (valid under GB 32100).</summary>
    public static IReadOnlyList<string> Real { get; } =
        ["91350100M000100Y43", "9144030071526726XG", "91330100716105852F", "914403001922038216"];

    /// <summary>A valid code: category, a six-digit division, nine characters of the alphabet, the check character.</summary>
    public static string Valid(Random random, string category = "91", string division = "211324")
    {
        var body = category + division + new string(Enumerable.Range(0, 9).Select(_ => Uscc.Characters[random.Next(Uscc.Characters.Length)]).ToArray());
        return body + Uscc.CheckCharacter(body);
    }

    /// <summary>The same code with a different check character, so only the check fails.</summary>
    public static string WithWrongCheckCharacter(string valid)
    {
        var right = Uscc.Characters.IndexOf(valid[^1], StringComparison.Ordinal);
        return valid[..^1] + Uscc.Characters[(right + 1) % Uscc.Characters.Length];
    }
}
