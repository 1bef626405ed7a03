namespace Yaojian.Core.Common;

/// <summary>An optional text as entered in a form or a sheet: trimmed, and nothing when only blanks were given.</summary>
public static class TextInput
{
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The same, cut to <paramref name="max"/> characters (where the form's own limit already holds it).</summary>
    public static string? Clean(string? text, int max) => Clean(text) is { } clean ? clean[..Math.Min(clean.Length, max)] : null;
}
