using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Common;

namespace Yaojian.Core.Tests.Common;

/// <summary>A personal number or address as written in a text, the text around it, and where it stands.</summary>
public sealed record Embedded(string Kind, string Written, string Text, int At)
{
    public override string ToString() => $"{Kind}: {Text}";
}

/// <summary>A text about persons, with the names written into it somewhere, and filler that holds no name nor digit.</summary>
public sealed record NamedText(IReadOnlyList<string> Names, string Text);

/// <summary>
/// Generators for the masking rule: ID numbers (18 and 15 digits), mobiles, landlines, bank cards (Luhn-valid, 16–19
/// digits) and e-mail addresses, each written plain, grouped by spaces or hyphens, with +86, and in full-width forms,
/// inside Chinese text that holds no digit, letter, role word nor name.
/// </summary>
public static class TextMaskingArbitraries
{
    public const string Family = "张王李赵刘陈杨黄周吴";
    public const string Given = "三丰小明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛";
    private const string Filler = "药品经营检查发现销售过期批次记录内容违反管理法第九十八条，。、：；";

    private static Gen<string> Digits(int count) => Gen.Elements("0123456789".ToCharArray()).ArrayOf(count).Select(d => new string(d));

    private static Gen<string> Plain() => Gen.ListOf(Gen.Elements(Filler.ToCharArray())).Select(l => new string([.. l.Take(30)]));

    private static Gen<string> IdNumber18() =>
        from area in Gen.Choose(110000, 659999)
        from birth in Gen.Choose(0, 365 * 60).Select(d => new DateOnly(1950, 1, 1).AddDays(d))
        from sequence in Digits(3)
        let body = $"{area}{birth:yyyyMMdd}{sequence}"
        select body + ResidentIdNumber.CheckCharacter(body);

    private static Gen<string> Card() =>
        from length in Gen.Choose(16, 19)
        from body in Digits(length - 1)
        select body + LuhnDigit(body);

    private static Gen<(string Kind, string Digits)> Numbers() => Gen.OneOf(
        IdNumber18().Select(n => ("id18", n)),
        Digits(15).Select(n => ("id15", n)),
        from second in Gen.Elements('3', '4', '5', '6', '7', '8', '9') from rest in Digits(9) select ("mobile", $"1{second}{rest}"),
        Card().Select(n => ("card", n)));

    /// <summary>Digits grouped as people write them: whole, by fours, 3-4-4, 6-8-4, with spaces or hyphens.</summary>
    private static Gen<string> Grouped(string digits) =>
        from sizes in Gen.Elements<int[]>([digits.Length], [4], [3, 4], [6, 8])
        from separator in Gen.Elements("", " ", "-", "  ", " - ")
        select string.Join(separator, Split(digits, sizes));

    private static Gen<string> Landline() =>
        from area in Gen.Choose(2, 3).SelectMany(n => Digits(n)).Select(d => "0" + d)
        from local in Gen.Choose(7, 8).SelectMany(Digits)
        from form in Gen.Elements("{0}-{1}", "({0}){1}", "{0} {1}", "（{0}）{1}")
        select string.Format(System.Globalization.CultureInfo.InvariantCulture, form, area, local);

    private static Gen<string> Email() =>
        from local in Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789._".ToCharArray()).ArrayOf().Select(a => new string([.. a.Take(12)]))
        from domain in Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray()).ArrayOf().Select(a => new string([.. a.Take(8)]))
        from top in Gen.Elements("com", "cn", "com.cn", "net")
        where local.Length > 0 && char.IsAsciiLetterOrDigit(local[0]) && domain.Length > 0
        select $"{local}@{domain}.{top}";

    public static Arbitrary<Embedded> Personal() =>
        (from item in Gen.OneOf(
             from number in Numbers()
             from written in Grouped(number.Digits)
             from prefix in number.Kind == "mobile" ? Gen.Elements("", "+86 ", "+86-", "86") : Gen.Constant("")
             select (number.Kind, prefix + written),
             Landline().Select(l => ("landline", l)),
             Email().Select(e => ("email", e)))
         from wide in Gen.Elements(false, true)
         from before in Plain()
         from after in Plain()
         let written = wide ? Wide(item.Item2) : item.Item2
         select new Embedded(item.Item1, written, before + written + after, before.Length)).ToArbitrary();

    private static Gen<string> Name() =>
        from family in Gen.Elements(Family.ToCharArray())
        from given in Gen.ListOf(Gen.Elements(Given.ToCharArray())).Select(l => new string([.. l.Take(3)]))
        where given.Length > 0
        select family + given;

    /// <summary>Filler and names interleaved, each name at least once.</summary>
    public static Arbitrary<NamedText> NamedTexts() =>
        (from names in Gen.NonEmptyListOf(Name()).Select(l => l.Take(4).ToList())
         from pieces in Gen.ListOf(Plain())
         from order in Gen.ListOf(Gen.Choose(0, 10))
         let text = string.Concat(pieces.Select((p, i) => p + names[order.ElementAtOrDefault(i) % names.Count]).Prepend(string.Concat(names)))
         select new NamedText(names, text)).ToArbitrary();

    /// <summary>Texts of filler only: no digit, letter, role word nor name.</summary>
    public static Arbitrary<string> PlainTexts() => Plain().ToArbitrary();

    /// <summary>The full-width form of every ASCII character (the ideographic space for a space).</summary>
    public static string Wide(string text) => new([.. text.Select(c => c == ' ' ? '\u3000' : c is > ' ' and <= '~' ? (char)(c + 0xFEE0) : c)]);

    private static IEnumerable<string> Split(string digits, int[] sizes)
    {
        for (int at = 0, i = 0; at < digits.Length; at += sizes[Math.Min(i, sizes.Length - 1)], i++)
        {
            yield return digits.Substring(at, Math.Min(sizes[Math.Min(i, sizes.Length - 1)], digits.Length - at));
        }
    }

    private static char LuhnDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var d = body[body.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
