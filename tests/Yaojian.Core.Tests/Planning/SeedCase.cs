namespace Yaojian.Core.Tests.Planning;

/// <summary>
/// A registry large enough for the draw to matter: 30 to 60 pharmacies and device operators of one unit, four to six
/// inspectors with no conflicts, every entity inspected last year.
/// </summary>
public sealed record SeedCase(PlanWorld World)
{
    public override string ToString() => World.ToString();
}
