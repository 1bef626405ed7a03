namespace Yaojian.Core.Inspections.Documents;

/// <summary>
/// Dates as official documents write them: the year digit by digit (二〇二五), month and day as numbers (十五, 三十一),
/// e.g. 2025-03-15 → 二〇二五年三月十五日.
/// </summary>
public static class ChineseDate
{
    private const string Digits = "〇一二三四五六七八九";

    public static string Format(DateOnly date) => $"{Year(date.Year)}年{Number(date.Month)}月{Number(date.Day)}日";

    /// <summary>A year written digit by digit: 2025 → 二〇二五.</summary>
    public static string Year(int year)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(year);
        return string.Concat(year.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => Digits[c - '0']));
    }

    /// <summary>A number from 1 to 99 as a count: 10 → 十, 15 → 十五, 20 → 二十, 31 → 三十一.</summary>
    public static string Number(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99);
        var (tens, ones) = (value / 10, value % 10);
        var tensText = tens switch
        {
            0 => string.Empty,
            1 => "十",
            _ => $"{Digits[tens]}十",
        };
        return ones == 0 ? tensText : tensText + Digits[ones];
    }
}
