namespace Yaojian.Web.Api;

/// <summary>The seed announced before the draw.</summary>
public sealed record DrawRequest(long Seed);
