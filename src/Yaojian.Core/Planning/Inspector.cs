using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning;

/// <summary>A law-enforcement officer (执法人员) who can be drawn for inspections, in one unit.</summary>
public class Inspector
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public int UnitId { get; set; }

    public OrgUnit? Unit { get; set; }

    /// <summary>The account this officer signs in with, when they have one: their visits show on their 工作台.</summary>
    public string? UserName { get; set; }

    public bool Active { get; set; } = true;

    public List<InspectorConflict> Conflicts { get; set; } = [];
}
