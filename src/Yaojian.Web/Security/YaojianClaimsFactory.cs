using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

/// <summary>Adds the officer's unit and display name to the cookie and the bearer token, so scope needs no lookup.</summary>
internal sealed class YaojianClaimsFactory(
    UserManager<YaojianUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<YaojianUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(YaojianUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Callers.DisplayNameClaim, user.DisplayName));
        if (user.UnitId is { } unit)
        {
            identity.AddClaim(new Claim(Callers.UnitClaim, unit.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
