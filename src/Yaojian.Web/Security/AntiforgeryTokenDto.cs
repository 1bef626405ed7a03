namespace Yaojian.Web.Security;

/// <summary>The header to send and its value, for a page's script that calls the API with the sign-in cookie.</summary>
public sealed record AntiforgeryTokenDto(string HeaderName, string Token);
