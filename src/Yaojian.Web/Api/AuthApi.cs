using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Yaojian.Core.Audit;
using Yaojian.Core.Security;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Bearer tokens for API clients (docs/api.md): ASP.NET Core Identity's own bearer-token scheme, with only the login
/// and refresh endpoints of <c>MapIdentityApi</c> — no self-registration.
/// </summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth").AllowAnonymous();
        auth.MapPost("/login", LoginAsync).WithName("Login").WithSummary("Exchange a user name and password for a bearer token");
        auth.MapPost("/refresh", RefreshAsync).WithName("RefreshToken").WithSummary("Exchange a refresh token for a new bearer token");
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest login, SignInManager<YaojianUser> signIn, RecordSecurityEvent audit, CancellationToken cancellationToken)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.UserName, login.Password, isPersistent: false, lockoutOnFailure: true);
        var action = result.Succeeded ? AuditActions.LoginSucceeded : result.IsLockedOut ? AuditActions.LockedOut : AuditActions.LoginFailed;
        await audit.RunAsync(new Caller(null, login.UserName, [], null), action, "user", login.UserName, "api", cancellationToken);
        if (result.Succeeded)
        {
            // The bearer scheme has already written the token response.
            return TypedResults.Empty;
        }

        return TypedResults.Problem(
            result.IsLockedOut ? Resources.UiText.Login_LockedOut : Resources.UiText.Login_Failed,
            statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> RefreshAsync(
        RefreshRequest refresh, SignInManager<YaojianUser> signIn, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
    {
        var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(refresh.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsActive: true } user)
        {
            return TypedResults.Challenge();
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }
}
