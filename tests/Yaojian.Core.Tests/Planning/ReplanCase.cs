using System.Globalization;

namespace Yaojian.Core.Tests.Planning;

/// <summary>A <see cref="RoutineCase"/> re-planned from a day of its year.</summary>
public sealed record ReplanCase(RoutineCase Case, DateOnly From)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"re-plan from {From:yyyy-MM-dd}\n{Case}");
}
