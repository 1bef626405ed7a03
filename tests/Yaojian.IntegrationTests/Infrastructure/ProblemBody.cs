namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>A validation problem (RFC 9457) as the API answers it: the reasons keyed by field.</summary>
public sealed record ProblemBody(int Status, string? Title, Dictionary<string, string[]> Errors);
