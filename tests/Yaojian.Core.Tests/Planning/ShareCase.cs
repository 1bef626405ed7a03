using System.Globalization;

namespace Yaojian.Core.Tests.Planning;

/// <summary>
/// "A random <see cref="Percent"/>% each year, all within <see cref="Years"/> years" over a registry whose every entity
/// was last inspected some year before <see cref="FirstYear"/>.
/// </summary>
public sealed record ShareCase(int Percent, int Years, int FirstYear, PlanWorld World)
{
    public decimal Share => Percent / 100m;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"random {Percent}% within {Years} years from {FirstYear}\n{World}");
}
