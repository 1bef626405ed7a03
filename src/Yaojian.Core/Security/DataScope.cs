namespace Yaojian.Core.Security;

/// <summary>Which units' data a caller may see and change; enforced by the database's query filters.</summary>
public sealed record DataScope(bool AllUnits, IReadOnlyList<int> UnitIds)
{
    public static DataScope Everything { get; } = new(true, []);

    public static DataScope Nothing { get; } = new(false, []);

    public static DataScope Unit(int unitId) => new(false, [unitId]);

    public bool Includes(int unitId) => AllUnits || UnitIds.Contains(unitId);
}
