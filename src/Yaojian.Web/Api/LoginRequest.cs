namespace Yaojian.Web.Api;

/// <summary>Both are required; a missing one answers 400 naming it.</summary>
public sealed record LoginRequest(string? UserName, string? Password);
