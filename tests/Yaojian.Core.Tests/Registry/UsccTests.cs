using FsCheck.Xunit;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Registry;

public sealed class UsccTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("9144030071526726XG")]
    [InlineData("91330100716105852F")]
    [InlineData("914403001922038216")]
    public void Check_RealPublishedCode_IsValid(string code)
    {
        Assert.Equal(UsccCheck.Valid, Uscc.Check(code));
        Assert.True(Uscc.IsValid(code));
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("9144030071526726XH")]
    [InlineData("91330100716105853F")]
    [InlineData("924403001922038216")]
    public void Check_OneCharacterChanged_IsBadCheckCharacter(string code) =>
        Assert.Equal(UsccCheck.BadCheckCharacter, Uscc.Check(code));

    [Fact]
    public void Check_AllZeros_IsRefusedThoughItsCheckCharacterComputes()
    {
        Assert.Equal('0', Uscc.CheckCharacter(new string('0', 17)));
        Assert.Equal(UsccCheck.AllZero, Uscc.Check(new string('0', 18)));
        Assert.Contains("0", EntityRules.CheckUscc("000000000000000000"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("9")]
    public void Check_WrongLength_IsWrongLength(string code) =>
        Assert.Equal(UsccCheck.WrongLength, Uscc.Check(code));

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void Check_ForbiddenLetter_IsBadCharacter(char letter)
    {
        var code = string.Concat("91350100", letter.ToString(), "000100Y43");
        Assert.Equal(UsccCheck.BadCharacter, Uscc.Check(code));
    }

    [Theory]
    [InlineData("91350100m000100y43")]
    [InlineData("9144030071526726xg")]
    public void Check_LowerCase_IsBadCharacter(string code) =>
        Assert.Equal(UsccCheck.BadCharacter, Uscc.Check(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_Blank_IsEmpty(string? code) =>
        Assert.Equal(UsccCheck.Empty, Uscc.Check(code));

    [Fact]
    public void Check_LetterInDivision_IsBadDivision() =>
        Assert.Equal(UsccCheck.BadDivision, Uscc.Check("91A50100M000100Y43"));

    [Theory]
    [InlineData("91350100M000100Y")]
    [InlineData("91350100M000100Y43")]
    public void CheckCharacter_BodyNot17Characters_Throws(string body) =>
        Assert.Throws<ArgumentException>(() => Uscc.CheckCharacter(body));

    [Fact]
    public void CheckCharacter_ForbiddenLetterInBody_Throws() =>
        Assert.Throws<ArgumentException>(() => Uscc.CheckCharacter("91350100I000100Y4"));

    [Property(Arbitrary = [typeof(UsccArbitraries)])]
    public bool CheckCharacter_AnyBody_MakesAValidCode(UsccBody body) =>
        Uscc.Check(body.Value + Uscc.CheckCharacter(body.Value)) == UsccCheck.Valid;

    [Property(Arbitrary = [typeof(UsccArbitraries)])]
    public bool Check_AnySingleCharacterChanged_IsInvalid(UsccBody body, UsccEdit edit)
    {
        var code = (body.Value + Uscc.CheckCharacter(body.Value)).ToCharArray();
        code[edit.Position] = edit.Apply(code[edit.Position]);
        return Uscc.Check(new string(code)) != UsccCheck.Valid;
    }
}
