namespace Yaojian.Core.Planning;

/// <summary>Visits per month (index 0 is January) of a unit or an inspector.</summary>
public sealed record LoadRow(int Id, string Code, string Name, string Unit, IReadOnlyList<int> Months)
{
    public int Total => Months.Sum();
}
