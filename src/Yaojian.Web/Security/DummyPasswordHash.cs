using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

/// <summary>
/// A password hash of no account, checked when the user name is unknown (or the account may not sign in), so that a
/// failed sign-in costs the same time whether the account exists or not.
/// </summary>
internal sealed class DummyPasswordHash(IOptions<PasswordHasherOptions> options)
{
    private static readonly YaojianUser Nobody = new();
    private readonly PasswordHasher<YaojianUser> _hasher = new(options);
    private string? _hash;

    public void Verify(string password)
    {
        _hash ??= _hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        _hasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
