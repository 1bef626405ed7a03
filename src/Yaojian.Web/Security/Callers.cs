using System.Globalization;
using System.Security.Claims;
using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

/// <summary>Turns a signed-in principal (cookie or bearer token) into the <see cref="Caller"/> every use case takes.</summary>
public static class Callers
{
    public const string UnitClaim = "yaojian:unit";
    public const string DisplayNameClaim = "yaojian:display_name";

    public static Caller From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Caller.Anonymous;
        }

        var unit = user.FindFirstValue(UnitClaim);
        return new Caller(
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.Identity.Name ?? "unknown",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(r => r != Roles.System).ToList(),
            int.TryParse(unit, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unitId) ? unitId : null);
    }
}
