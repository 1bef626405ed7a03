namespace Yaojian.Core.Security;

/// <summary>What a caller may do; which roles hold which permission is data in <see cref="RolePermissions"/>.</summary>
public enum Permission
{
    ViewRegistry = 1,
    EditRegistry,
    ImportRegistry,
    ViewPersonalData,
    ViewAudit,
    ManageUsers,
    ManageUnits,
    ManagePlans,
    ViewPlans,
    ViewInspections,
    RecordInspections,
    ViewSampling,
    RecordSampling,
    ViewCases,
    ManageCases,
    ViewRisks,
    ManageRisks,
}
