using Microsoft.AspNetCore.Identity;

namespace Yaojian.Core.Security;

/// <summary>The password and lockout policy, the same for accounts made on the web and on the command line.</summary>
public static class IdentityPolicy
{
    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = 10;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.SignIn.RequireConfirmedAccount = true;
        o.User.RequireUniqueEmail = false;
    }
}
