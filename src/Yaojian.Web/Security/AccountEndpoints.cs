using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a form post, so the antiforgery token guards it (a link could be forged).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, SignInManager<YaojianUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        }).ExcludeFromDescription();
        return app;
    }
}
