namespace Yaojian.Web;

/// <summary><c>Demo:Seed</c> turns the demo county off for production; <c>Demo:RandomSeed</c> picks which county.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; } = true;

    public int RandomSeed { get; set; } = 2025;

    /// <summary>
    /// <c>Demo:Password</c>, one password for every demo account (tests set it); when empty each account gets a random
    /// one, shown once in the log and written to <c>data/demo-accounts.txt</c>. Never committed.
    /// </summary>
    public string? Password { get; set; }
}
