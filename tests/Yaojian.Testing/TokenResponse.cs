namespace Yaojian.Testing;

/// <summary>What <c>/api/auth/login</c> and <c>/api/auth/refresh</c> answer (Identity's bearer-token response).</summary>
public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
