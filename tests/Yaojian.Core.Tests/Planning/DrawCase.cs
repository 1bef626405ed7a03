namespace Yaojian.Core.Tests.Planning;

/// <summary>A <see cref="RoutineCase"/> with thin inspector pools (none to four a unit), many conflicts, two or three inspectors a visit.</summary>
public sealed record DrawCase(RoutineCase Case)
{
    public override string ToString() => Case.ToString();
}
