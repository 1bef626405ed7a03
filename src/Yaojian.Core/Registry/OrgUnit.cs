namespace Yaojian.Core.Registry;

/// <summary>An organisation unit of the bureau (室/队/所) and the territory it answers for (属地为主, HG-3.1).</summary>
public class OrgUnit
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public OrgUnitKind Kind { get; set; }

    /// <summary>Townships and streets (乡镇、街道) of the unit's territory, separated by <c>、</c>; empty for offices.</summary>
    public string Territory { get; set; } = string.Empty;
}
