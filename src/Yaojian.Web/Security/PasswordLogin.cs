using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Yaojian.Core.Audit;
using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

/// <summary>
/// A password sign-in for the login page and <c>POST /api/auth/login</c> alike: throttled per source and account name
/// (<see cref="LoginThrottle"/>), the same work and the same answer whether the account exists, is deactivated or
/// locked by an administrator, and audited unless throttled. Failures never lock the account (see the decision record).
/// </summary>
internal sealed class PasswordLogin(
    SignInManager<YaojianUser> signIn, LoginThrottle throttle, DummyPasswordHash dummy, RecordSecurityEvent audit)
{
    public async Task<LoginOutcome> CheckAsync(string userName, string password, IPAddress? source, string channel, CancellationToken cancellationToken)
    {
        var name = userName.Trim();
        if (throttle.RetryAfter(source, name) is { } wait)
        {
            return new LoginOutcome(null, wait);
        }

        var user = await signIn.UserManager.FindByNameAsync(name);
        var result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
        if (user is null || result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity answered without hashing: hash all the same.
            dummy.Verify(password);
        }

        if (result.Succeeded)
        {
            throttle.Succeeded(source, name);
        }
        else
        {
            throttle.Failed(source, name);
        }

        var action = result.Succeeded ? AuditActions.LoginSucceeded : result.IsLockedOut ? AuditActions.LockedOut : AuditActions.LoginFailed;
        await audit.RunAsync(new Caller(null, name, [], null), action, "user", name, channel, cancellationToken);
        return new LoginOutcome(result.Succeeded ? user : null, null);
    }
}

/// <summary>The account signed in, or null; when throttled, how long to wait.</summary>
internal sealed record LoginOutcome(YaojianUser? User, TimeSpan? RetryAfter)
{
    /// <summary>The <c>Retry-After</c> header's value in whole seconds.</summary>
    public string RetryAfterSeconds => ((int)Math.Ceiling(RetryAfter?.TotalSeconds ?? 0)).ToString(CultureInfo.InvariantCulture);

    /// <summary>What the caller is told: one message for every failure, another (with the minutes) when throttled.</summary>
    public string Message => RetryAfter is { } wait
        ? string.Format(CultureInfo.CurrentCulture, Resources.UiText.Login_TooMany, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)))
        : Resources.UiText.Login_Failed;
}
