namespace Yaojian.Web.Api;

public sealed record RefreshRequest(string? RefreshToken);
