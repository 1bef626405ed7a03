using System.Globalization;
using YamlDotNet.RepresentationModel;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>
/// Reads <c>calendar:</c>, the public holidays and the weekend days made working days (调休上班) that working days are
/// counted by: dates (<c>2025-10-01</c>) or ranges (<c>2025-10-01..2025-10-08</c>) from the year before the plan's to the
/// year after it (a time limit may run into the next year). Without it, only weekends are skipped.
/// </summary>
internal static class CalendarReader
{
    private const int MaxRangeDays = 31;

    public static WorkingCalendar Read(PlanReadContext context, YamlMappingNode root)
    {
        var scope = context.Scope;
        if (PlanYamlScope.Get(root, "calendar") is not { } node)
        {
            return WorkingCalendar.WeekendsOnly;
        }

        if (scope.Mapping(node, "calendar") is not { } map)
        {
            return WorkingCalendar.WeekendsOnly;
        }

        scope.OnlyKeys(map, "calendar", "holidays", "workdays", "basis");
        scope.Scalar(map, "basis", "calendar", required: false, maxLength: 500);
        var holidays = Days(context, map, "holidays");
        var workdays = Days(context, map, "workdays");
        foreach (var (day, item) in workdays)
        {
            if (holidays.Any(h => h.Day == day))
            {
                scope.Fail(item, "calendar.workdays", EnumText.Format(Text.Cases_PlanHolidayAndWorkday, Iso(day)));
            }
            else if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                scope.Fail(item, "calendar.workdays", EnumText.Format(Text.Cases_PlanWorkdayNotWeekend, Iso(day)));
            }
        }

        return new WorkingCalendar(holidays.Select(h => h.Day), workdays.Select(w => w.Day));
    }

    private static List<(DateOnly Day, YamlNode Item)> Days(PlanReadContext context, YamlMappingNode map, string key)
    {
        var scope = context.Scope;
        var field = PlanYamlScope.Join("calendar", key);
        var days = new List<(DateOnly, YamlNode)>();
        var items = scope.Sequence(PlanYamlScope.Get(map, key), field);
        for (var i = 0; i < items.Count; i++)
        {
            var text = (items[i] as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
            var ends = text.Split("..", 2);
            if (ends.Any(e => !DateOnly.TryParseExact(e.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            {
                scope.Fail(items[i], $"{field}[{i}]", EnumText.Format(Text.Cases_PlanBadCalendarDay, text));
                continue;
            }

            var first = DateOnly.ParseExact(ends[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var last = ends.Length == 2 ? DateOnly.ParseExact(ends[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture) : first;
            if (last < first || last.DayNumber - first.DayNumber >= MaxRangeDays)
            {
                scope.Fail(items[i], $"{field}[{i}]", EnumText.Format(Text.Cases_PlanBadCalendarRange, text, MaxRangeDays));
                continue;
            }

            if (first.Year < context.Year - 1 || last.Year > context.Year + 1)
            {
                scope.Fail(items[i], $"{field}[{i}]", EnumText.Format(Text.Cases_PlanCalendarOutsideYears, text, context.Year - 1, context.Year + 1));
                continue;
            }

            for (var day = first; day <= last; day = day.AddDays(1))
            {
                days.Add((day, items[i]));
            }
        }

        return days;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
