using System.Globalization;

namespace Yaojian.Core.Risks;

/// <summary>Dates as the lists and papers write them: 2025年6月20日.</summary>
public static class ChineseDays
{
    public static string Of(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
