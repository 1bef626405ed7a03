using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Core.Tests.Registry.Interchange;

/// <summary>Text a person writes (Chinese, ASCII, full-width), and the characters no stored text may hold.</summary>
public static class TextArbitraries
{
    /// <summary>Common characters of names and addresses, and every printable ASCII character.</summary>
    public const string Written = "喀左县大城子街道仁和药房诊所利州路号中心卫生院医疗器械有限公司张伟李娜（）、，。：；ＫＺ０１２";

    public static Arbitrary<PlainText> Plain() =>
        Gen.Elements([.. Written, .. Enumerable.Range(' ', 95).Select(c => (char)c)]).ArrayOf()
            .Select(chars => new PlainText(new string(chars))).ToArbitrary();

    /// <summary>C0 controls but tab and line breaks, DEL, C1 controls, and the bidirectional controls.</summary>
    public static Arbitrary<ForbiddenChar> Forbidden() =>
        Gen.Elements([
                .. Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c),
                .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
                .. "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"])
            .Select(c => new ForbiddenChar(c)).ToArbitrary();

    /// <summary>Characters that show nothing: zero-width space and joiners, word joiner, BOM, soft hyphen, fillers.</summary>
    public static Arbitrary<InvisibleChar> Invisible() =>
        Gen.Elements("\u200B\u200C\u200D\u2060\uFEFF\u00AD\u3164\u115F".ToCharArray()).Select(c => new InvisibleChar(c)).ToArbitrary();

    public static Arbitrary<FormulaStart> Formula() =>
        Gen.Elements(CellText.FormulaStarts.ToCharArray()).Select(c => new FormulaStart(c)).ToArbitrary();

    /// <summary>Codes of ASCII letters and digits, with ways to write each the same to the eye.</summary>
    public static Arbitrary<CodeVariant> Variants() =>
        Gen.Elements("ABCDEFGHKMNPQRTUWXYabcdefghkmnpqrtuwxy0123456789-_".ToCharArray()).NonEmptyListOf()
            .SelectMany(_ => Gen.Elements(0, 1, 2, 3).ArrayOf(), (chars, ways) => new CodeVariant(new string([.. chars]), Vary(chars, ways)))
            .ToArbitrary();

    private static string Vary(IReadOnlyList<char> chars, int[] ways)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < chars.Count; i++)
        {
            var c = chars[i];
            switch (ways.Length == 0 ? 0 : ways[i % ways.Length])
            {
                case 1:
                    text.Append(char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
                    break;
                case 2:
                    text.Append((char)(c + 0xFEE0)); // the full-width form of an ASCII character
                    break;
                case 3:
                    text.Append(c).Append('\u200B');
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }
}

public sealed record PlainText(string Value);

public sealed record ForbiddenChar(char Value);

public sealed record InvisibleChar(char Value);

public sealed record FormulaStart(char Value);

public sealed record CodeVariant(string Code, string LooksTheSame);
