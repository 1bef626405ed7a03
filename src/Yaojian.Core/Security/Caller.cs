namespace Yaojian.Core.Security;

/// <summary>Who is asking: every use case receives one, so that scope, rights and the audit trail all know.</summary>
public sealed record Caller(string? UserId, string UserName, IReadOnlyList<string> Roles, int? UnitId)
{
    public DataScope Scope =>
        RolePermissions.SeesAllUnits(Roles) ? DataScope.Everything
        : UnitId is { } unit && Roles.Count > 0 ? DataScope.Unit(unit)
        : DataScope.Nothing;

    public bool Can(Permission permission) => Roles.Any(r => RolePermissions.Grants(r, permission));

    /// <summary>Nobody signed in: sees no unit, may do nothing but what is public.</summary>
    public static Caller Anonymous { get; } = new(null, "anonymous", [], null);

    /// <summary>The command line or a start-up job, named for the audit trail (e.g. <c>cli:root</c>).</summary>
    public static Caller System(string name) => new(null, name, [Security.Roles.System], null);
}
