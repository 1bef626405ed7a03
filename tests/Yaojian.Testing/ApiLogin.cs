using System.Net.Http.Json;

namespace Yaojian.Testing;

/// <summary>Signs in through the API the way a client program would.</summary>
public static class ApiLogin
{
    public static async Task<TokenResponse> TokenAsync(HttpClient client, string userName, string password, CancellationToken cancellationToken = default)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"login {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return (await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken))!;
    }
}
