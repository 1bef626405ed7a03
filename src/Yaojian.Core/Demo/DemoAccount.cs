namespace Yaojian.Core.Demo;

/// <summary>A demo account as created, with its password, for the operator to read once.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string? UnitCode, string Password);
