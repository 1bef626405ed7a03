namespace Yaojian.Web.Components.Pages.Planning;

/// <summary>How the plan pages write a visit's window: a whole month as 「3月」, anything else as 「3月10日—3月31日」.</summary>
public static class PlanText
{
    public static string Window(DateOnly start, DateOnly end) =>
        start.Day == 1 && end == start.AddMonths(1).AddDays(-1)
            ? $"{start.Month}月"
            : $"{start.Month}月{start.Day}日—{end.Month}月{end.Day}日";
}
