using System.Text.RegularExpressions;

namespace Yaojian.Testing;

/// <summary>Signs in through the login page the way a browser would: the form's antiforgery token, then the post.</summary>
public static partial class PageLogin
{
    /// <summary>The antiforgery token of the form on the page at <paramref name="path"/>.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string path, CancellationToken cancellationToken = default)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return TokenPattern().Match(html).Groups[1].Value;
    }

    /// <summary>Posts the login form (with its token); the client keeps the sign-in cookie if it handles cookies.</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string userName, string password, CancellationToken cancellationToken = default)
    {
        var token = await FormTokenAsync(client, "/account/login", cancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri("/account/login", UriKind.Relative), form, cancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
