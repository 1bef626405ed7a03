using System.Collections.Frozen;

namespace Yaojian.Core.Security;

/// <summary>
/// The one table of who may do what and over which units. Roles confined to their unit see and change only the
/// entities of that unit's territory (属地为主, HG-3.1); the others see the whole jurisdiction.
/// </summary>
public static class RolePermissions
{
    private static readonly FrozenDictionary<string, Permission[]> Granted = new Dictionary<string, Permission[]>
    {
        [Roles.Leader] = [Permission.ViewRegistry, Permission.ViewAudit, Permission.ViewPlans, Permission.ViewInspections, Permission.ViewSampling, Permission.ViewCases, Permission.ViewRisks],
        [Roles.SectionChief] = [Permission.ViewRegistry, Permission.EditRegistry, Permission.ImportRegistry, Permission.ViewPersonalData, Permission.ManagePlans, Permission.ViewPlans, Permission.ViewInspections, Permission.RecordInspections, Permission.ViewAudit, Permission.ViewSampling, Permission.RecordSampling, Permission.ViewCases, Permission.ManageCases, Permission.ViewRisks, Permission.ManageRisks],
        [Roles.Inspector] = [Permission.ViewRegistry, Permission.EditRegistry, Permission.ViewPlans, Permission.ViewInspections, Permission.RecordInspections, Permission.ViewSampling, Permission.RecordSampling, Permission.ViewCases, Permission.ManageCases, Permission.ViewRisks],
        [Roles.StationStaff] = [Permission.ViewRegistry, Permission.EditRegistry, Permission.ViewPlans, Permission.ViewInspections, Permission.RecordInspections, Permission.ViewSampling, Permission.RecordSampling, Permission.ViewCases, Permission.ManageCases, Permission.ViewRisks],
        [Roles.AdrMonitor] = [Permission.ViewRegistry, Permission.ViewPersonalData, Permission.ViewRisks],
        [Roles.Admin] = [Permission.ViewRegistry, Permission.EditRegistry, Permission.ImportRegistry, Permission.ViewAudit, Permission.ManageUsers, Permission.ManageUnits, Permission.ManagePlans, Permission.ViewPlans, Permission.ViewInspections],
        [Roles.System] = Enum.GetValues<Permission>(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> UnitConfined = new[] { Roles.Inspector, Roles.StationStaff }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Grants(string role, Permission permission) =>
        Granted.TryGetValue(role, out var permissions) && permissions.Contains(permission);

    /// <summary>True when a caller with these roles sees every unit's data: any one role that is not confined suffices.</summary>
    public static bool SeesAllUnits(IEnumerable<string> roles) =>
        roles.Any(r => Granted.ContainsKey(r) && !UnitConfined.Contains(r));

    public static IEnumerable<string> RolesWith(Permission permission) =>
        Granted.Where(g => g.Value.Contains(permission)).Select(g => g.Key);
}
