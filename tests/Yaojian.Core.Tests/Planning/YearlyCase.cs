namespace Yaojian.Core.Tests.Planning;

/// <summary>A <see cref="RoutineCase"/> whose rules are all yearly: nothing ties a visit to a month.</summary>
public sealed record YearlyCase(RoutineCase Case)
{
    public override string ToString() => Case.ToString();
}
