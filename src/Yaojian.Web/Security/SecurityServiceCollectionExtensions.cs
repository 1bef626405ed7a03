using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

internal static class SecurityServiceCollectionExtensions
{
    private const string ChallengeScheme = "Yaojian.Challenge";

    /// <summary>
    /// ASP.NET Core Identity on the Yaojian database: cookies for the pages, Identity's bearer tokens for API clients,
    /// a password policy and lockout, one policy per permission, and every refused request audited.
    /// </summary>
    public static IServiceCollection AddYaojianSecurity(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICallerAccessor, HttpCallerAccessor>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddIdentityApiEndpoints<YaojianUser>(IdentityPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<YaojianDb>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<YaojianClaimsFactory>()
            .AddUserConfirmation<ActiveUserConfirmation>();
        // Requests authenticate by bearer token or cookie; a refused page redirects to the login page while a refused
        // API call answers 401/403.
        services.AddAuthentication(o =>
            {
                o.DefaultChallengeScheme = ChallengeScheme;
                o.DefaultForbidScheme = ChallengeScheme;
            })
            .AddPolicyScheme(ChallengeScheme, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, o =>
        {
            o.BearerTokenExpiration = TimeSpan.FromHours(1);
            o.RefreshTokenExpiration = TimeSpan.FromDays(7);
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Cookie.Name = "yaojian.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Production is served over HTTPS only; development and the tests run on plain http://127.0.0.1.
            o.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Events.OnRedirectToLogin = ApiAnswersWithStatus(StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ApiAnswersWithStatus(StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = CookieSessionCheck.ValidateAsync;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "yaojian.antiforgery";
            o.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<PasswordLogin>();
        services.AddScoped<RefreshTokenFamilies>();
        services.AddAuthorization(o => o.AddYaojianPolicies());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        return services;
    }

    /// <summary>An API client gets a status code, never a redirect to the login page.</summary>
    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Task> ApiAnswersWithStatus(int status) =>
        context =>
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                context.Response.StatusCode = status;
            }
            else
            {
                context.Response.Redirect(context.RedirectUri);
            }

            return Task.CompletedTask;
        };
}
