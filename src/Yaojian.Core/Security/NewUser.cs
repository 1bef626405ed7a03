namespace Yaojian.Core.Security;

/// <summary>An account to create: its login, name, one role and, for unit-bound roles, the unit's code.</summary>
public sealed record NewUser(string UserName, string DisplayName, string Role, string? UnitCode, string Password);
