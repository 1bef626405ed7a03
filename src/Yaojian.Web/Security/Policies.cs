using Microsoft.AspNetCore.Authorization;
using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

/// <summary>One authorization policy per <see cref="Permission"/>, granted to the roles the Core table names.</summary>
public static class Policies
{
    public const string ViewRegistry = nameof(Permission.ViewRegistry);
    public const string EditRegistry = nameof(Permission.EditRegistry);
    public const string ImportRegistry = nameof(Permission.ImportRegistry);
    public const string ViewAudit = nameof(Permission.ViewAudit);
    public const string ManageUsers = nameof(Permission.ManageUsers);
    public const string ViewPlans = nameof(Permission.ViewPlans);
    public const string ManagePlans = nameof(Permission.ManagePlans);
    public const string ViewInspections = nameof(Permission.ViewInspections);
    public const string RecordInspections = nameof(Permission.RecordInspections);
    public const string ViewSampling = nameof(Permission.ViewSampling);
    public const string RecordSampling = nameof(Permission.RecordSampling);
    public const string ViewCases = nameof(Permission.ViewCases);
    public const string ManageCases = nameof(Permission.ManageCases);
    public const string ViewRisks = nameof(Permission.ViewRisks);
    public const string ManageRisks = nameof(Permission.ManageRisks);

    public static void AddYaojianPolicies(this AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            var roles = RolePermissions.RolesWith(permission).Where(r => r != Roles.System).ToArray();
            options.AddPolicy(permission.ToString(), p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
