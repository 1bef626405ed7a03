using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using Yaojian.Core.Common;

namespace Yaojian.Core.Tests.Common;

public sealed class BureauTimeTests
{
    private static readonly TimeZoneInfo Beijing = BureauTime.Zone(null);

    [Fact]
    public void Today_At0030InBeijing_IsTheBeijingDate_WhileUtcIsStillOnTheDayBefore()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 16, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(Beijing);

        Assert.Equal(new DateOnly(2025, 3, 15), clock.Today());
    }

    [Property]
    public void Today_InBeijing_IsEveryMomentsUtcDatePlusEightHours(int minutes)
    {
        var moment = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(Math.Abs(minutes % 10_000_000));
        var clock = new FakeTimeProvider(moment);
        clock.SetLocalTimeZone(Beijing);

        Assert.Equal(DateOnly.FromDateTime(moment.UtcDateTime.AddHours(8)), clock.Today());
        Assert.Equal(clock.Today(), clock.DateOf(moment));
    }

    [Fact]
    public void BureauTimeProvider_ReadsTheSystemClockInTheBureausZone()
    {
        var clock = new BureauTimeProvider(Beijing);

        Assert.Equal(TimeSpan.FromHours(8), clock.GetLocalNow().Offset);
        Assert.InRange(clock.GetUtcNow(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Asia/Shanghai")]
    public void Zone_ByDefault_IsChinaStandardTime(string? id) =>
        Assert.Equal(TimeSpan.FromHours(8), BureauTime.Zone(id).BaseUtcOffset);

    [Fact]
    public void Zone_Unknown_IsRefusedWithAChineseMessageNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BureauTime.Zone("Mars/Olympus"));

        Assert.Contains("Bureau:TimeZone", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
        Assert.Contains("时区", error.Message, StringComparison.Ordinal);
    }
}
