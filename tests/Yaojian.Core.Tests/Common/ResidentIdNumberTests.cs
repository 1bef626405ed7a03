using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Yaojian.Core.Common;

namespace Yaojian.Core.Tests.Common;

public static class ResidentIdArbitraries
{
    /// <summary>The first 17 characters of a real-looking number: a division, a birth date from 1930 to 2010, a sequence.</summary>
    public static Arbitrary<string> Bodies() =>
        (from division in Gen.Choose(110000, 659999)
         from days in Gen.Choose(0, 80 * 365)
         from sequence in Gen.Choose(0, 999)
         select string.Create(CultureInfo.InvariantCulture, $"{division:000000}{new DateOnly(1930, 1, 1).AddDays(days):yyyyMMdd}{sequence:000}"))
        .ToArbitrary();
}

/// <summary>The GB 11643 identity number: its form, its birth date and its check character (ISO 7064 MOD 11-2).</summary>
public sealed class ResidentIdNumberTests
{
    [Property(Arbitrary = [typeof(ResidentIdArbitraries)], MaxTest = 300)]
    public void Check_ANumberWithItsCheckCharacter_IsValid_AndWithAnyOtherIsNot(string body)
    {
        var check = ResidentIdNumber.CheckCharacter(body);

        Assert.Equal(ResidentIdCheck.Valid, ResidentIdNumber.Check(body + check));
        Assert.All("0123456789X".Where(c => c != check), wrong => Assert.Equal(ResidentIdCheck.BadCheckCharacter, ResidentIdNumber.Check(body + wrong)));
    }

    [Property(Arbitrary = [typeof(ResidentIdArbitraries)], MaxTest = 300)]
    public void Check_OneDigitChanged_IsCaught(string body, PositiveInt where, PositiveInt by)
    {
        var i = where.Get % 17;
        var changed = body[..i] + (char)('0' + ((body[i] - '0' + 1 + (by.Get % 9)) % 10)) + body[(i + 1)..];

        Assert.NotEqual(ResidentIdCheck.Valid, ResidentIdNumber.Check(changed + ResidentIdNumber.CheckCharacter(body)));
    }

    [Theory]
    [InlineData("211324198001011232", ResidentIdCheck.Valid)]
    [InlineData("11010519491231002x", ResidentIdCheck.Valid)]
    [InlineData("11010519491231002X", ResidentIdCheck.Valid)]
    [InlineData("211324198001011234", ResidentIdCheck.BadCheckCharacter)]
    [InlineData("21132419800101123", ResidentIdCheck.WrongLength)]
    [InlineData("2113241980010112321", ResidentIdCheck.WrongLength)]
    [InlineData("21132419800101123A", ResidentIdCheck.BadCharacter)]
    [InlineData("2113241980X101123X", ResidentIdCheck.BadCharacter)]
    [InlineData("211324198002301232", ResidentIdCheck.BadBirthDate)]
    [InlineData(" ", ResidentIdCheck.Empty)]
    public void Check_KnownNumbers_AreJudgedAsExpected(string number, ResidentIdCheck expected) =>
        Assert.Equal(expected, ResidentIdNumber.Check(number));
}
