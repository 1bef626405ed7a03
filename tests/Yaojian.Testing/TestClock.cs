using Microsoft.Extensions.Time.Testing;
using Yaojian.Core.Common;

namespace Yaojian.Testing;

/// <summary>The moment every test starts at, so dates written by the app (grade history, timestamps) are the same every run.</summary>
public static class TestClock
{
    /// <summary>2025-03-15 09:00 in Beijing; early enough in the UTC day that advancing a few hours keeps the date.</summary>
    public static DateTimeOffset Start { get; } = new(2025, 3, 15, 1, 0, 0, TimeSpan.Zero);

    /// <summary>The bureau's date at <see cref="Start"/>.</summary>
    public static DateOnly Today { get; } = DateOnly.FromDateTime(Start.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>A clock in the bureau's zone, as the app's own is (moments then carry +08:00, as in production).</summary>
    public static FakeTimeProvider Create(DateTimeOffset? start = null)
    {
        var clock = new FakeTimeProvider(start ?? Start);
        clock.SetLocalTimeZone(BureauTime.Zone(null));
        return clock;
    }
}
