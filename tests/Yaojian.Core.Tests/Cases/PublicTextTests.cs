using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Yaojian.Core.Cases;

namespace Yaojian.Core.Tests.Cases;

/// <summary>A text about persons, with the names written into it somewhere, and filler that holds no name nor digit.</summary>
public sealed record NamedText(IReadOnlyList<string> Names, string Text);

public static class PublicTextArbitraries
{
    private const string Family = "张王李赵刘陈杨黄周吴";
    private const string Given = "三丰小明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛";
    private const string Filler = "当事人销售劣药阿莫西林胶囊违反药品管理法第九十八条，。、：（）罚款元 abcXYZ";

    private static Gen<string> Name() =>
        from family in Gen.Elements(Family.ToCharArray())
        from given in Gen.ListOf(Gen.Elements(Given.ToCharArray())).Select(l => new string([.. l.Take(3)]))
        where given.Length > 0
        select family + given;

    private static Gen<string> Plain() => Gen.ListOf(Gen.Elements(Filler.ToCharArray())).Select(l => new string([.. l]));

    /// <summary>Filler and names interleaved, each name at least once.</summary>
    public static Arbitrary<NamedText> NamedTexts() =>
        (from names in Gen.NonEmptyListOf(Name()).Select(l => l.Take(4).ToList())
         from pieces in Gen.ListOf(Plain())
         from order in Gen.ListOf(Gen.Choose(0, 10))
         let text = string.Concat(pieces.Select((p, i) => p + names[order.ElementAtOrDefault(i) % names.Count]).Prepend(string.Concat(names)))
         select new NamedText(names, text)).ToArbitrary();

    /// <summary>Texts of filler only (no digit at all, so no ID or phone number), and names none of which is in them.</summary>
    public static Arbitrary<string> PlainTexts() => Plain().ToArbitrary();
}

/// <summary>
/// The public page's texts (the facts, the typical-case write-up): every full name of the case's persons masked, every
/// ID number and mobile number starred out, and a text holding none of them left exactly as it was.
/// </summary>
public sealed class PublicTextTests
{
    [Property(Arbitrary = [typeof(PublicTextArbitraries)], MaxTest = 300)]
    public void Mask_AKnownPersonsName_NeverSurvives(NamedText named)
    {
        var masked = PublicText.Mask(named.Text, named.Names)!;

        Assert.All(named.Names, n => Assert.DoesNotContain(n, masked, StringComparison.Ordinal));
        Assert.Equal(named.Text.Length, masked.Length);
    }

    [Property(Arbitrary = [typeof(PublicTextArbitraries)], MaxTest = 300)]
    public void Mask_ATextWithoutNamesOrNumbers_IsUnchanged(string text) =>
        Assert.Equal(text, PublicText.Mask(text, ["欧阳修远", "司马光明"]));

    [Fact]
    public void Mask_IdAndMobileNumbers_AreStarredOut_AndOtherNumbersKept()
    {
        var text = "当事人张三丰（身份证号211324198001011232，电话13812345678）于2025年3月销售劣药120盒，罚款20000元，处罚决定书喀市监药罚〔2025〕1号。";

        var masked = PublicText.Mask(text, ["张三丰"]);

        Assert.Equal("当事人张**（身份证号******************，电话***********）于2025年3月销售劣药120盒，罚款20000元，处罚决定书喀市监药罚〔2025〕1号。", masked);
    }

    [Fact]
    public void Mask_ANameThatCompletesItselfOnceMasked_IsMaskedAgain()
    {
        // 王小 + 王小王: masking the first occurrence of 王小王 leaves 王小王 made of the text's 王小 and the mask's 王.
        Assert.DoesNotContain("王小王", PublicText.Mask("王小王小王**", ["王小王"]), StringComparison.Ordinal);
        Assert.Null(PublicText.Mask(null, ["王小王"]));
    }
}
