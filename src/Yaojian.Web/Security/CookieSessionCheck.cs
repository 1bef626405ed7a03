using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yaojian.Core.Data;

namespace Yaojian.Web.Security;

/// <summary>
/// Every request signed in by cookie is checked against the account as it is now: one read of two columns by primary
/// key (the stamp and the active flag). Signing out, a new password, a role change or a deactivation changes the
/// security stamp, so a cookie issued before stops working at once, even one copied off the machine. Identity's own
/// validator would check only every 30 minutes, and then rebuild the principal and reissue the cookie.
/// </summary>
internal static class CookieSessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is not null && stamp is not null)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<YaojianDb>>().CreateDbContextAsync(context.HttpContext.RequestAborted);
            var current = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.SecurityStamp, u.IsActive }).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            if (current is { IsActive: true } && current.SecurityStamp == stamp)
            {
                return;
            }
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
