namespace Yaojian.Core.Planning;

/// <summary>Covered members of a category by <see cref="By"/>, and the target share then in force (if any).</summary>
public sealed record QuarterCoverage(DateOnly By, int Covered, int Members, decimal? Target)
{
    public decimal Share => Members == 0 ? 1m : (decimal)Covered / Members;

    public bool Met => Target is not { } target || Share >= target;
}
