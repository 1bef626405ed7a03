using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

internal static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a form post, so the antiforgery token guards it (a link could be forged). It changes the account's
    /// security stamp: every cookie and refresh token issued to the account before stops working (a copied cookie too).
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async Task<Results<ContentHttpResult, RedirectHttpResult>> (HttpContext context, ClaimsPrincipal principal, SignInManager<YaojianUser> signIn) =>
        {
            // No form field is bound, so the antiforgery middleware's verdict is read here (binding would have thrown).
            // A body of its own, so that the pages' status-code page does not answer in its place.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
            {
                return TypedResults.Text(Resources.UiText.Security_ForgeryRefused, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            if (await signIn.UserManager.GetUserAsync(principal) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        })
            // The endpoint binds no form field, so the token check is asked for, not inferred.
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();

        // For the pages' scripts that change data through the API with the cookie (ApiForgeryGuard); another site
        // cannot read the answer. Not part of the API: a bearer client never needs it.
        app.MapGet("/account/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                // A status for the script, not the not-found page the other pages get.
                context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
                return Results.Unauthorized();
            }

            var tokens = antiforgery.GetAndStoreTokens(context);
            return Results.Ok(new AntiforgeryTokenDto(tokens.HeaderName!, tokens.RequestToken!));
        }).ExcludeFromDescription();
        return app;
    }
}
