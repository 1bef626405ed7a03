using FsCheck.Xunit;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Common;

/// <summary>
/// Personal data in a free text: every ID number, mobile, landline, bank card and e-mail address — plain, grouped, with
/// +86, full-width — starred out in the original text; every known name, and every name after a role word, kept to its
/// family name; public numbers (a USCC, dates, a decision number, sums) and a text holding none of them left as they were.
/// </summary>
public sealed class TextMaskingTests
{
    [Property(Arbitrary = [typeof(TextMaskingArbitraries)], MaxTest = 1000)]
    public void Mask_EveryPersonalNumberOrAddress_LeavesNoneOfItsCharacters_AndTheTextAroundItAsItWas(Embedded item)
    {
        var masked = TextMasking.Mask(item.Text)!;

        Assert.Equal(item.Text.Length, masked.Length);
        Assert.Equal(item.Text[..item.At], masked[..item.At]);
        Assert.Equal(item.Text[(item.At + item.Written.Length)..], masked[(item.At + item.Written.Length)..]);
        var shown = TextMasking.Fold(masked.Substring(item.At, item.Written.Length));
        Assert.DoesNotContain(shown, item.Kind == "email" ? char.IsAsciiLetterOrDigit : char.IsAsciiDigit);
        Assert.Equal(masked, TextMasking.Mask(masked));
    }

    [Property(Arbitrary = [typeof(TextMaskingArbitraries)], MaxTest = 300)]
    public void Mask_AKnownPersonsName_NeverSurvives(NamedText named)
    {
        var masked = TextMasking.Mask(named.Text, named.Names)!;

        Assert.All(named.Names, n => Assert.DoesNotContain(n, masked, StringComparison.Ordinal));
        Assert.All(named.Names, n => Assert.Contains(n[0] + new string('*', n.Length - 1), masked, StringComparison.Ordinal));
        Assert.Equal(named.Text.Length, masked.Length);
    }

    [Property(Arbitrary = [typeof(TextMaskingArbitraries)], MaxTest = 300)]
    public void Mask_ATextWithoutNamesOrNumbers_IsUnchanged(string text) =>
        Assert.Equal(text, TextMasking.Mask(text, ["欧阳修远", "司马光明"]));

    [Theory]
    [InlineData("举报人张三称")]
    [InlineData("投诉人：李四丰反映")]
    [InlineData("当事人王五于2025年")]
    [InlineData("法定代表人欧阳修远，")]
    [InlineData("质量负责人赵六未按规定")]
    public void Mask_ANameAfterARoleWord_KeepsItsFamilyNameOnly(string text)
    {
        var masked = TextMasking.Mask(text)!;

        var name = text.Contains("欧阳", StringComparison.Ordinal) ? "修远" : text.Contains("李四丰", StringComparison.Ordinal) ? "四丰" : text[text.IndexOfAny(['三', '五', '六'])].ToString();
        Assert.DoesNotContain(name, masked, StringComparison.Ordinal);
        Assert.Equal(text.Length, masked.Length);
    }

    [Fact]
    public void Mask_IdAndMobileNumbers_AreStarredOut_AndOtherNumbersKept()
    {
        var text = "当事人张三丰（身份证号211324198001011232，电话13812345678）于2025年3月销售劣药120盒，罚款20000元，处罚决定书喀市监药罚〔2025〕1号。";

        var masked = TextMasking.Mask(text, ["张三丰"]);

        Assert.Equal("当事人张**（身份证号******************，电话***********）于2025年3月销售劣药120盒，罚款20000元，处罚决定书喀市监药罚〔2025〕1号。", masked);
    }

    [Fact]
    public void Mask_KeepsPublicNumbers_AndWhatTheCallerNamesPublic()
    {
        const string text = "统一社会信用代码91211324MA0Y8EXX3L，2025-03-15至2025-04-15 2025-05-01，批号20250101，当事人张家口市某大药房，文号药罚〔2025〕第20250000123号";

        var masked = TextMasking.Mask(text, keep: ["张家口市某大药房", "药罚〔2025〕第20250000123号"]);

        Assert.Equal(text, masked);
        Assert.Equal("当事人张**市某大药房", TextMasking.Mask("当事人张家口市某大药房"));
    }

    [Fact]
    public void Mask_AnAllDigitUscc_IsKept_UnlessItIsAlsoAnIdOrACardNumber()
    {
        const string body = "91211324123456789";
        var uscc = body + Uscc.CheckCharacter(body);

        Assert.Equal("代码" + uscc, TextMasking.Mask("代码" + uscc));
        Assert.Equal("卡号**** **** **** ****", TextMasking.Mask("卡号6222 0200 1234 5678"));
        Assert.Equal("电话：*******，手机 *** **** ****", TextMasking.Mask("电话：7654321，手机 138 1234 5678"));
        Assert.Equal("邮箱 *******@***.***", TextMasking.Mask("邮箱 zhang3a@163.com"));
    }

    [Fact]
    public void Mask_ANameThatCompletesItselfOnceMasked_IsMaskedAgain()
    {
        Assert.DoesNotContain("王小王", TextMasking.Mask("王小王小王**", ["王小王"]), StringComparison.Ordinal);
        Assert.Null(TextMasking.Mask(null, ["王小王"]));
    }
}
