using System.Globalization;
using System.Text.Json.Nodes;
using Yaojian.Core.Cases;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;

namespace Yaojian.Core.Planning.Files;

/// <summary>The time-limit sections in the normalised JSON: every period as <c>{ unit, amount }</c>, the calendar day by day.</summary>
internal static class CaseLimitsJson
{
    public static JsonObject Clue(ClueTimeLimit limit) => new()
    {
        ["id"] = limit.Id,
        ["name"] = limit.Name,
        ["requirements"] = Strings(limit.Requirements),
        ["sources"] = limit.Sources is null ? null : Strings(limit.Sources.Order().Select(SnakeCaseNames<ClueSource>.Of)),
        ["within"] = Period(limit.Within),
        ["extend"] = limit.Extend is { } extend ? Period(extend) : null,
        ["basis"] = limit.Basis,
    };

    public static JsonObject Case(CaseTimeLimit limit) => new()
    {
        ["id"] = limit.Id,
        ["name"] = limit.Name,
        ["requirements"] = Strings(limit.Requirements),
        ["limit"] = SnakeCaseNames<CaseLimitKind>.Of(limit.Limit),
        ["within"] = Period(limit.Within),
        ["extend"] = limit.Extend is { } extend ? Period(extend) : null,
        ["basis"] = limit.Basis,
        ["skip_warning_only"] = limit.SkipWarningOnly,
    };

    public static JsonObject Calendar(WorkingCalendar calendar) => new()
    {
        ["holidays"] = Strings(calendar.Holidays.Order().Select(Iso)),
        ["workdays"] = Strings(calendar.Workdays.Order().Select(Iso)),
    };

    private static JsonObject Period(LegalPeriod period) => new()
    {
        ["unit"] = SnakeCaseNames<PeriodUnit>.Of(period.Unit),
        ["amount"] = period.Amount,
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
