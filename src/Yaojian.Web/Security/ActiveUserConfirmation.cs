using Microsoft.AspNetCore.Identity;
using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

/// <summary>A deactivated account cannot sign in, by password or by refreshing a token.</summary>
internal sealed class ActiveUserConfirmation : IUserConfirmation<YaojianUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<YaojianUser> manager, YaojianUser user) => Task.FromResult(user.IsActive);
}
