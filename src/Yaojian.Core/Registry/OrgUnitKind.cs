namespace Yaojian.Core.Registry;

/// <summary>室 (office), 队 (squad or team), 所 (market supervision station), 科 (section).</summary>
public enum OrgUnitKind
{
    Office = 1,
    Squad = 2,
    Station = 3,
    Section = 4,
    Department = 5,
}
