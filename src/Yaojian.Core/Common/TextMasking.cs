using System.Text;
using System.Text.RegularExpressions;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Common;

/// <summary>
/// Personal data hidden in a free text (a pure rule), for the public page and for whoever lacks the personal-data right.
/// The text is matched in a folded form — each character NFKC-normalised on its own (full-width digits, letters and
/// brackets become ASCII), every dash and space variant one hyphen or space — and masked in the original, character for
/// character, so the length never changes. Starred out whole: e-mail addresses (letters and digits; <c>@</c> and dots
/// kept), landlines with an area code (<c>0421-7654321</c>, <c>(0421)7654321</c>), any run of 11 digits or more with at
/// most three spaces or hyphens between them (mobiles with or without <c>+86</c>, 15- and 18-digit ID numbers, bank cards),
/// and any run of 5 digits or more after 电话, 手机, 座机, 传真, 微信, QQ, Tel. Kept: a run that is a valid USCC written
/// whole (and neither a valid ID number nor a Luhn-valid card number), a run made of dates only (<c>2025-03-15</c>), and
/// whatever overlaps a public text the caller names (a decision number, the party's name). Names: every name the caller
/// knows of keeps its family name (张三丰 → 张**, a one-character name hidden whole), and so does a name written after a
/// role word (举报人、投诉人、当事人、法定代表人、负责人…) that starts with a common family name.
/// </summary>
public static partial class TextMasking
{
    public static string? Mask(string? text, IEnumerable<string?>? names = null, IEnumerable<string?>? keep = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var folded = Fold(text);
        var kept = new bool[text.Length];
        foreach (var value in Clean(keep))
        {
            foreach (var at in Occurrences(folded, value))
            {
                Array.Fill(kept, true, at, value.Length);
            }
        }

        var hidden = new bool[text.Length];
        void Hide(int start, int length, Func<char, bool> which)
        {
            if (!kept.AsSpan(start, length).Contains(true))
            {
                for (var i = start; i < start + length; i++)
                {
                    hidden[i] |= which(folded[i]);
                }
            }
        }

        foreach (var match in new[] { Emails(), Landlines(), LongNumbers() }.SelectMany(r => r.Matches(folded)).Where(m => !IsPublicNumber(m.Value)))
        {
            Hide(match.Index, match.Length, char.IsAsciiLetterOrDigit);
        }

        foreach (var number in KeyedNumbers().Matches(folded).Select(m => m.Groups["n"]))
        {
            Hide(number.Index, number.Length, char.IsAsciiDigit);
        }

        foreach (var name in Clean(names).Where(n => n.Any(char.IsLetter)))
        {
            foreach (var at in Occurrences(folded, name))
            {
                HideName(at, name.Length);
            }
        }

        foreach (var name in RoleNames().Matches(folded).Select(m => m.Groups["name"]))
        {
            var length = name.Length == 3 && StopCharacters.Contains(name.Value[2], StringComparison.Ordinal) ? 2 : name.Length;
            if (!kept.AsSpan(name.Index, length).Contains(true))
            {
                HideName(name.Index, length);
            }
        }

        return hidden.Contains(true) ? string.Create(text.Length, (text, hidden), static (span, s) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = s.hidden[i] ? '*' : s.text[i];
            }
        }) : text;

        // The family name kept, the rest hidden; a one-character name hidden whole.
        void HideName(int start, int length) => Array.Fill(hidden, true, length == 1 ? start : start + 1, length == 1 ? 1 : length - 1);
    }

    /// <summary>The text as matched: one character for one, full-width forms and dash and space variants folded.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    private static char Fold(char c) => c switch
    {
        < '\u0080' => c,
        >= '\u4E00' and <= '\u9FFF' => c,
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' => ' ',
        (>= '\u2010' and <= '\u2013') or '\u2212' or '\uFE63' => '-',
        _ when char.IsSurrogate(c) => c,
        _ => c.ToString().Normalize(NormalizationForm.FormKC) is { Length: 1 } one ? one[0] : c,
    };

    private static IEnumerable<string> Clean(IEnumerable<string?>? values) =>
        (values ?? []).Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)).Select(v => Fold(v!)).Distinct(StringComparer.Ordinal);

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>A run that names no one: a USCC written whole, or dates only.</summary>
    private static bool IsPublicNumber(string run)
    {
        if (DatesOnly().IsMatch(run))
        {
            return true;
        }

        var code = run.ToUpperInvariant();
        return code.Length == Uscc.Length && Uscc.IsValid(code) && !ResidentIdNumber.IsValid(code) && !Luhn(code);
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            sum += i % 2 == 1 ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d;
        }

        return sum % 10 == 0;
    }

    /// <summary>After a role word, a third character such as these ends the sentence's subject, not the name.</summary>
    private const string StopCharacters = "于在的向称从未已将为系是及和与等购经对把被所因自均曾也都仍并即就则到以";

    private const string Roles =
        "举报人|投诉人|反映人|来电人|来访人|申请人|当事人|法定代表人|法人代表|法人|负责人|经营者|业主|店主|患者|消费者|证人|联系人|执业药师|药师|" +
        "委托代理人|代理人|营业员|店员|购药人|购买人|驾驶员|户主";

    private const string CompoundSurnames = "欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|夏侯|尉迟|公孙|长孙|宇文|司徒|端木|独孤|南宫|西门|呼延|轩辕";

    /// <summary>Common family names; those that double as words after a role (于、向、明知、成立…) are left out.</summary>
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付白邹孟熊秦邱江" +
        "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂" +
        "苗谷盛曲翁冉骆蓝路游辛靳柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆司卓古吉缪简车芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣" +
        "巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝郜阚权帅屠豆朴盖练廉禹井祖漆巴丰卿狄索晋扈晁芮" +
        "普阙浦戈伏鹿薄邸雍" +
        "辜羊乌母裘亓邰赫杭逯茹亢嵇湛戎茅於檀阴昝奉衡尧";

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")]
    private static partial Regex Emails();

    [GeneratedRegex(@"(?<![0-9])(?:\(0[0-9]{2,3}\)[ \-]?|0[0-9]{2,3}[ \-]{1,2})[0-9]{7,8}(?![0-9])")]
    private static partial Regex Landlines();

    [GeneratedRegex(@"(?<![0-9])[0-9](?:[ \-]{0,3}[0-9]){10,}(?:[ \-]{0,3}[Xx])?(?![0-9])")]
    private static partial Regex LongNumbers();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[ \-]{1,2}[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})*$")]
    private static partial Regex DatesOnly();

    [GeneratedRegex(@"(?:电话|手机|座机|传真|微信|QQ|qq|Tel|TEL|tel)[^0-9\u4E00-\u9FFF]{0,3}(?<n>[0-9](?:[ \-]{0,2}[0-9]){4,})")]
    private static partial Regex KeyedNumbers();

    [GeneratedRegex("(?:" + Roles + ")[:： ]*(?<name>(?:" + CompoundSurnames + "|[" + Surnames + "])[\u4E00-\u9FFF]{1,2})")]
    private static partial Regex RoleNames();
}
