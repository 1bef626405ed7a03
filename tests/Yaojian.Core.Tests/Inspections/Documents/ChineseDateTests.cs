using Yaojian.Core.Inspections.Documents;

namespace Yaojian.Core.Tests.Inspections.Documents;

/// <summary>Dates in Chinese numerals, as official documents write them.</summary>
public sealed class ChineseDateTests
{
    [Theory]
    [InlineData(2025, 3, 15, "二〇二五年三月十五日")]
    [InlineData(2025, 10, 1, "二〇二五年十月一日")]
    [InlineData(2025, 12, 31, "二〇二五年十二月三十一日")]
    [InlineData(2026, 1, 20, "二〇二六年一月二十日")]
    [InlineData(2030, 11, 11, "二〇三〇年十一月十一日")]
    [InlineData(2009, 2, 28, "二〇〇九年二月二十八日")]
    public void Format_WritesTheYearDigitByDigit_AndMonthAndDayAsNumbers(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ChineseDate.Format(new DateOnly(year, month, day)));

    [Fact]
    public void Number_OutsideOneToNinetyNine_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseDate.Number(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseDate.Number(100));
    }
}
