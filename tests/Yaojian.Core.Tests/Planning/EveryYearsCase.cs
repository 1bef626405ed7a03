using System.Globalization;

namespace Yaojian.Core.Tests.Planning;

/// <summary>"At least once every <see cref="Years"/> years" over a registry with several past years of inspections.</summary>
public sealed record EveryYearsCase(int Years, int Year, PlanWorld World)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"every {Years} years, plan year {Year}\n{World}");
}
