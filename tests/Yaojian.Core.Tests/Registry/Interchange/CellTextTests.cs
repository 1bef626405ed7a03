using System.Text;
using FsCheck.Xunit;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Core.Tests.Registry.Interchange;

/// <summary>The text rules every imported cell and every entity form passes (<see cref="CellText"/>, <see cref="Mojibake"/>, <see cref="CodeKey"/>).</summary>
public sealed class CellTextTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool Check_AnyTextWithAControlOrBidiCharacter_IsRefused(PlainText before, ForbiddenChar c, PlainText after) =>
        CellText.Check(before.Value + c.Value + after.Value) is not null;

    [Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool Check_WrittenText_IsAccepted(PlainText text) =>
        CellText.Check(text.Value + "\t" + text.Value + "\r\n") is null;

    [Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool Check_AnyDoubleEncodedChineseText_IsRefusedAndTheOriginalNamed(PlainText before, PlainText chinese, PlainText after)
    {
        var original = new string([.. chinese.Value.Where(c => c > '\u3000')]);
        if (original.Length == 0)
        {
            return true;
        }

        var garbled = Garble(original);
        var reason = CellText.Check(before.Value + garbled + after.Value);
        return reason is not null && reason.Contains(original, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("å–€å·¦", "喀左")]
    [InlineData("CafÃ©", "é")]
    public void Repair_TheProbesMojibake_GivesTheOriginal(string garbled, string original) =>
        Assert.Equal(original, Mojibake.Repair(garbled));

    [Theory]
    [InlineData("25°C 阴凉处")]
    [InlineData("Müller 药房 ±5%")]
    [InlineData("×÷«»")]
    public void Repair_LatinTextAWriterMeant_IsNoMojibake(string text) => Assert.Null(Mojibake.Repair(text));

    [Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool CheckIdentifier_AnyValueBeginningAsAFormula_IsRefused(FormulaStart start, PlainText rest) =>
        CellText.CheckIdentifier(start.Value + rest.Value, "名称") is not null;

    [Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool CheckIdentifier_AnyValueWithAnInvisibleCharacter_IsRefused(PlainText before, InvisibleChar c, PlainText after) =>
        CellText.CheckIdentifier("药" + before.Value + c.Value + after.Value, "名称") is not null;

    [Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool CheckName_InvisibleOnly_IsRefused(InvisibleChar c) =>
        EntityRules.CheckName($" {c.Value}\u3000{c.Value} ") is not null;

    [Fact]
    public void CheckName_TheProbesHyperlink_IsRefusedNamingTheField()
    {
        var reason = EntityRules.CheckName("=HYPERLINK(\"http://x\")");

        Assert.NotNull(reason);
        Assert.Contains("名称", reason, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool CodeKey_AnyCodeWrittenDifferentlyToTheSameEye_HasTheSameKey(CodeVariant variant) =>
        CodeKey.Of(variant.Code) == CodeKey.Of(variant.LooksTheSame);

    /// <summary>UTF-8 bytes read as Windows-1252 (Latin-1 for the five bytes it leaves undefined), as Excel and others do.</summary>
    private static string Garble(string text) => new([.. Encoding.UTF8.GetBytes(text).Select(b =>
    {
        var c = Windows1252.GetString([b])[0];
        return c == '\uFFFD' || (c == '?' && b != (byte)'?') ? (char)b : c;
    })]);

    [Theory]
    [InlineData("KZ01", "KZ02")]
    [InlineData("KZ-1", "KZ_1")]
    public void CodeKey_DifferentCodes_HaveDifferentKeys(string one, string other) =>
        Assert.NotEqual(CodeKey.Of(one), CodeKey.Of(other));
}
