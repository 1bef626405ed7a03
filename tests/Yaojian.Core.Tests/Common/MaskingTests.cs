using FsCheck;
using FsCheck.Xunit;
using Yaojian.Core.Common;

namespace Yaojian.Core.Tests.Common;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("1381234", "*******")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Phone_Value_KeepsFirstThreeAndLastFour(string? phone, string? expected) =>
        Assert.Equal(expected, Masking.Phone(phone));

    [Theory]
    [InlineData("21132419800101123X", "211324********123X")]
    [InlineData("2113241980", "**********")]
    [InlineData(null, null)]
    public void IdNumber_Value_KeepsFirstSixAndLastFour(string? id, string? expected) =>
        Assert.Equal(expected, Masking.IdNumber(id));

    [Theory]
    [InlineData("张三丰", "张**")]
    [InlineData("欧阳", "欧*")]
    [InlineData("张", "张*")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void PersonName_Value_KeepsTheFamilyNameOnly(string? name, string? expected) =>
        Assert.Equal(expected, Masking.PersonName(name));

    [Property]
    public bool Phone_AnyLongerValue_KeepsLengthEndsAndHidesTheMiddle(NonEmptyString text)
    {
        var phone = text.Get.PadLeft(8, '1');
        var masked = Masking.Phone(phone)!;
        return masked.Length == phone.Length
            && masked[..3] == phone[..3]
            && masked[^4..] == phone[^4..]
            && masked[3..^4].All(c => c == '*');
    }
}
