using Microsoft.Extensions.Time.Testing;

namespace Yaojian.Testing;

/// <summary>The moment every test starts at, so dates written by the app (grade history, timestamps) are the same every run.</summary>
public static class TestClock
{
    /// <summary>2025-03-15 09:00 in Beijing; early enough in the UTC day that advancing a few hours keeps the date.</summary>
    public static DateTimeOffset Start { get; } = new(2025, 3, 15, 1, 0, 0, TimeSpan.Zero);

    /// <summary>The app reads the local date from its clock, whose time zone is UTC in the tests.</summary>
    public static DateOnly Today { get; } = DateOnly.FromDateTime(Start.UtcDateTime);

    public static FakeTimeProvider Create(DateTimeOffset? start = null) => new(start ?? Start);
}
