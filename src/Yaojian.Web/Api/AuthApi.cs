using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Yaojian.Core.Security;
using Yaojian.Web.Resources;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>
/// Bearer tokens for API clients (docs/api.md): ASP.NET Core Identity's own bearer-token scheme, signed in by
/// <see cref="PasswordLogin"/> (throttled, the same answer for every failure), refresh tokens that work once
/// (<see cref="RefreshTokenFamilies"/>), and no self-registration.
/// </summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth").AllowAnonymous();
        auth.MapPost("/login", LoginAsync).WithName("Login").WithSummary("Exchange a user name and password for a bearer token");
        auth.MapPost("/refresh", RefreshAsync).WithName("RefreshToken").WithSummary("Exchange a refresh token (once) for a new bearer token");
        return app;
    }

    private static async Task<IResult> LoginAsync(
        LoginRequest? login, HttpContext context, PasswordLogin passwords, RefreshTokenFamilies refreshTokens, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(login?.UserName))
        {
            errors["userName"] = [UiText.Login_UserNameRequired];
        }

        if (string.IsNullOrEmpty(login?.Password))
        {
            errors["password"] = [UiText.Login_PasswordRequired];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: UiText.Login_Required);
        }

        var outcome = await passwords.CheckAsync(login!.UserName!, login.Password!, context.Connection.RemoteIpAddress, "api", cancellationToken);
        if (outcome.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = outcome.RetryAfterSeconds;
            return Refusal(StatusCodes.Status429TooManyRequests, UiText.Login_TooManyTitle, outcome.Message);
        }

        return outcome.User is { } user
            ? TypedResults.SignIn(await refreshTokens.StartAsync(user, cancellationToken), authenticationScheme: IdentityConstants.BearerScheme)
            : Refusal(StatusCodes.Status401Unauthorized, outcome.Message, outcome.Message);
    }

    /// <summary>Written as is (no trace id): every refused sign-in answers the very same bytes.</summary>
    private static JsonHttpResult<ProblemDetails> Refusal(int status, string title, string detail) =>
        TypedResults.Json(new ProblemDetails { Status = status, Title = title, Detail = detail }, statusCode: status, contentType: "application/problem+json");

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> RefreshAsync(
        RefreshRequest? refresh, SignInManager<YaojianUser> signIn, RefreshTokenFamilies refreshTokens,
        IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = string.IsNullOrEmpty(refresh?.RefreshToken) ? null : protector.Unprotect(refresh.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsActive: true } user
            || await refreshTokens.RedeemAsync(user, ticket.Principal, cancellationToken) is not { } next)
        {
            return TypedResults.Challenge();
        }

        return TypedResults.SignIn(next, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
