using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

/// <summary>
/// A refresh token works once. Each API sign-in starts a family (a row of Identity's user tokens table, named by the
/// date and a random id) holding the id of the one refresh token of the family still valid; both ids travel as claims
/// inside the (data-protected) token. Redeeming swaps the stored id for a new one in a single conditional update, so
/// of two uses of one token only the first succeeds; a token used again (stolen, or replayed) revokes its whole family.
/// A family lasts at most 30 days from its sign-in.
/// </summary>
internal sealed class RefreshTokenFamilies(SignInManager<YaojianUser> signIn, YaojianDb db, TimeProvider clock)
{
    private const string Provider = "Yaojian.RefreshToken";
    private const string FamilyClaim = "yaojian:refresh_family";
    private const string TokenClaim = "yaojian:refresh_token";
    private const string DateFormat = "yyyyMMddHHmmss";
    private static readonly TimeSpan FamilyLifetime = TimeSpan.FromDays(30);

    /// <summary>A principal for a new access and refresh token pair, in a new family; forgets the user's expired ones.</summary>
    public async Task<ClaimsPrincipal> StartAsync(YaojianUser user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var oldest = (now - FamilyLifetime).ToString(DateFormat, CultureInfo.InvariantCulture);
        var families = await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == Provider).Select(t => t.Name).ToListAsync(cancellationToken);
        var expired = families.Where(name => string.CompareOrdinal(name, oldest) < 0).ToList();
        if (expired.Count > 0)
        {
            await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == Provider && expired.Contains(t.Name))
                .ExecuteDeleteAsync(cancellationToken);
        }

        var family = now.ToString(DateFormat, CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        var token = NewId();
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = user.Id, LoginProvider = Provider, Name = family, Value = token });
        await db.SaveChangesAsync(cancellationToken);
        return await PrincipalAsync(user, family, token);
    }

    /// <summary>
    /// The principal for the next pair when <paramref name="presented"/> is the family's current token; null, and the
    /// family revoked, when it is not.
    /// </summary>
    public async Task<ClaimsPrincipal?> RedeemAsync(YaojianUser user, ClaimsPrincipal presented, CancellationToken cancellationToken)
    {
        var family = presented.FindFirstValue(FamilyClaim);
        var token = presented.FindFirstValue(TokenClaim);
        if (family is null || token is null)
        {
            return null;
        }

        var next = NewId();
        var swapped = await db.UserTokens
            .Where(t => t.UserId == user.Id && t.LoginProvider == Provider && t.Name == family && t.Value == token)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, next), cancellationToken);
        if (swapped == 1)
        {
            return await PrincipalAsync(user, family, next);
        }

        await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == Provider && t.Name == family)
            .ExecuteDeleteAsync(cancellationToken);
        return null;
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(YaojianUser user, string family, string token)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaims([new Claim(FamilyClaim, family), new Claim(TokenClaim, token)]);
        return principal;
    }

    private static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
