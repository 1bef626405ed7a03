using System.Globalization;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// The rules every text a person or a file gives the registry must pass, pure. Any text: no control character (tab
/// and line breaks aside), no bidirectional override or isolate (text that reads other than it is stored), no
/// double-encoded UTF-8 (<see cref="Mojibake"/>). Identifiers (codes, names, credit codes): nothing invisible, and no
/// first character a spreadsheet takes for a formula (OWASP CSV injection).
/// </summary>
public static class CellText
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula when they come first.</summary>
    public const string FormulaStarts = "=+-@\t\r";

    /// <summary>Why <paramref name="value"/> may not be stored as text, or null when it may.</summary>
    public static string? Check(string value)
    {
        if (Mojibake.Repair(value) is { } original)
        {
            return EnumText.Format(Text.Error_Mojibake, Excerpt(value), original);
        }

        foreach (var c in value)
        {
            if (IsBidiControl(c))
            {
                return EnumText.Format(Text.Error_BidiCharacter, CodePoint(c));
            }

            if (IsControl(c))
            {
                return EnumText.Format(Text.Error_ControlCharacter, CodePoint(c));
            }
        }

        return null;
    }

    /// <summary>
    /// Why <paramref name="value"/> (trimmed) may not be a code or a name titled <paramref name="title"/>: it begins as a
    /// formula does, or holds a character that shows nothing (zero-width, format, filler) — two codes or names that look
    /// the same must be the same.
    /// </summary>
    public static string? CheckIdentifier(string value, string title)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0], StringComparison.Ordinal))
        {
            return EnumText.Format(Text.Error_FormulaStart, title, value[0] switch { '\t' => "Tab", '\r' => "CR", var c => c.ToString() });
        }

        foreach (var c in value)
        {
            // A control or bidirectional character is refused by Check, in every text, once.
            if (IsInvisible(c) && !char.IsWhiteSpace(c) && !IsBidiControl(c))
            {
                return EnumText.Format(Text.Error_InvisibleCharacter, title, CodePoint(c));
            }
        }

        return null;
    }

    /// <summary>C0 controls but tab, line feed and carriage return; DEL; C1 controls.</summary>
    public static bool IsControl(char c) => c is (< ' ' and not ('\t' or '\n' or '\r')) or (>= '\u007F' and <= '\u009F');

    /// <summary>The embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and the marks LRM, RLM, ALM.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary>A character that shows nothing: white space, a format character (zero-width space, joiners, BOM…), a filler.</summary>
    public static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
        || c is '\u034F' or '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800' or '\u180E';

    /// <summary>Whether the text shows nothing at all (empty, or only invisible characters).</summary>
    public static bool IsInvisibleOnly(string value)
    {
        foreach (var c in value)
        {
            if (!IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static string Excerpt(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
