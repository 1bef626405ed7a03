using Yaojian.Core.Resources;

namespace Yaojian.Core.Common;

/// <summary>
/// The system's clock read in the bureau's time zone: "today" is the bureau's day, whatever zone the server runs in
/// (a server on UTC would otherwise still be on yesterday every Beijing morning before 08:00).
/// </summary>
public sealed class BureauTimeProvider(TimeZoneInfo zone) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => zone;
}

/// <summary>The bureau's day and its time zone, read from the one clock every handler is given.</summary>
public static class BureauTime
{
    /// <summary>The zone a bureau is in unless <c>Bureau:TimeZone</c> says otherwise.</summary>
    public const string DefaultZoneId = "Asia/Shanghai";

    private static readonly TimeSpan ChinaStandardOffset = TimeSpan.FromHours(8);

    /// <summary>The bureau's date now.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The bureau's date at a moment.</summary>
    public static DateOnly DateOf(this TimeProvider clock, DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, clock.LocalTimeZone).DateTime);

    /// <summary>
    /// The zone named by an IANA or Windows id; for the default, China Standard Time (UTC+8 all year) also on a machine
    /// without time-zone data. An unknown id is an error that names the setting.
    /// </summary>
    public static TimeZoneInfo Zone(string? id)
    {
        var wanted = string.IsNullOrWhiteSpace(id) ? DefaultZoneId : id.Trim();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(wanted, out var zone))
        {
            return zone;
        }

        if (wanted == DefaultZoneId)
        {
            return TimeZoneInfo.CreateCustomTimeZone(DefaultZoneId, ChinaStandardOffset, "中国标准时间", "中国标准时间");
        }

        throw new InvalidOperationException(EnumText.Format(Text.Bureau_UnknownTimeZone, wanted));
    }
}
