using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Yaojian.Web.Security;

/// <summary>
/// The API trusts the sign-in cookie only for what the pages' own scripts send: a request that changes something
/// (any method but GET, HEAD, OPTIONS, TRACE) under <c>/api</c>, authenticated by the cookie rather than by a bearer
/// token, must carry the antiforgery token in the <c>RequestVerificationToken</c> header (the scripts get it from
/// <c>GET /account/antiforgery</c>). A form posted from another site carries the cookie but cannot read or send the
/// token, so it is refused with 403 before any endpoint runs. Bearer clients are not concerned.
/// </summary>
internal static class ApiForgeryGuard
{
    /// <summary>Authentication, then the guard: in place of <c>UseAuthentication()</c>.</summary>
    public static IApplicationBuilder UseYaojianAuthentication(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        return app.Use(async (context, next) =>
        {
            if (await NeedsTokenAsync(context) && !await HasValidTokenAsync(context))
            {
                await RefuseAsync(context);
                return;
            }

            await next(context);
        });
    }

    private static async Task<bool> NeedsTokenAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)
            || context.User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        // The handler's result is kept for the request: asking again costs nothing.
        return !(await context.AuthenticateAsync(IdentityConstants.BearerScheme)).Succeeded;
    }

    private static async Task<bool> HasValidTokenAsync(HttpContext context)
    {
        var header = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.HeaderName;
        // Only the header: a refused upload is not read as a form first.
        return header is not null && !string.IsNullOrEmpty(context.Request.Headers[header])
            && await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = Resources.UiText.Security_ForgeryTitle,
                Detail = Resources.UiText.Security_ForgeryRefused,
            },
        });
    }
}
