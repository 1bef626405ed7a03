namespace Yaojian.Testing;

/// <summary>How a <see cref="YaojianAppFactory"/> starts the app.</summary>
public sealed record YaojianAppOptions
{
    /// <summary><c>Demo:Seed</c>: off by default so that a test sees only the data it wrote.</summary>
    public bool SeedDemo { get; init; }

    /// <summary><c>Demo:RandomSeed</c>: which demo county, when <see cref="SeedDemo"/> is on.</summary>
    public int DemoRandomSeed { get; init; } = 2025;

    /// <summary>Where the fake clock starts.</summary>
    public DateTimeOffset Now { get; init; } = TestClock.Start;

    /// <summary>Serve on real Kestrel on a free loopback port (for a browser) instead of the in-memory test server.</summary>
    public bool Kestrel { get; init; }

    /// <summary>The hosting environment (<c>Production</c> for the HTTPS-only cookies); Development when null.</summary>
    public string? Environment { get; init; }

    /// <summary>More configuration, key to value (<c>Https:Redirect</c>…).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
