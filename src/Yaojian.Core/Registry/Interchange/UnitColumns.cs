namespace Yaojian.Core.Registry.Interchange;

/// <summary>The columns of a unit file (docs/formats/units.md): the bureau's 室/队/所 and their territory.</summary>
public static class UnitColumns
{
    public const string Code = "code";
    public const string Name = "name";
    public const string Kind = "kind";
    public const string Territory = "territory";

    public static IReadOnlyList<string> Required { get; } = [Code, Name, Kind];
}
