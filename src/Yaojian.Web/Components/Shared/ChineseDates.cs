using System.Globalization;

namespace Yaojian.Web.Components.Shared;

/// <summary>Dates as Chinese readers write them: 2025年3月15日, times in Beijing time.</summary>
public static class ChineseDates
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", Chinese);

    public static string DateTime(DateTimeOffset moment) => moment.ToOffset(Beijing).ToString("yyyy年M月d日 HH:mm", Chinese);
}
