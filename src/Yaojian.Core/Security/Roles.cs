namespace Yaojian.Core.Security;

/// <summary>The roles of a bureau (issue 3); their Chinese names are in Resources/Text.resx as <c>Role_*</c>.</summary>
public static class Roles
{
    /// <summary>局领导: reads everything.</summary>
    public const string Leader = "leader";

    /// <summary>科室负责人: plans, cases and reports of their area; the whole county's registry.</summary>
    public const string SectionChief = "section_chief";

    /// <summary>检查员: their assignments and the entities of their unit.</summary>
    public const string Inspector = "inspector";

    /// <summary>市场监管所工作人员: the entities in the station's territory.</summary>
    public const string StationStaff = "station_staff";

    /// <summary>不良反应监测员: vigilance data including personal data.</summary>
    public const string AdrMonitor = "adr_monitor";

    /// <summary>系统管理员: users, units, plan files.</summary>
    public const string Admin = "admin";

    /// <summary>The command line and start-up jobs: not a login role, never given to a person.</summary>
    public const string System = "system";

    public static IReadOnlyList<string> Assignable { get; } = [Leader, SectionChief, Inspector, StationStaff, AdrMonitor, Admin];
}
