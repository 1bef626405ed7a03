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

    /// <summary>执法证号: the law-enforcement certificate the officer shows on site, printed on the 现场检查笔录.</summary>
    public string? CertificateNumber { get; set; }

    public List<InspectorConflict> Conflicts { get; set; } = [];
}
