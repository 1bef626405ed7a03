namespace Yaojian.Web;

/// <summary><c>Demo:Seed</c> turns the demo county off for production; <c>Demo:RandomSeed</c> picks which county.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; } = true;

    public int RandomSeed { get; set; } = 2025;
}
