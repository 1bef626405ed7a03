using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Security;

/// <summary>Creates an account with one role; inspectors and station officers must name their unit.</summary>
public sealed class AddUser(UserManager<YaojianUser> users, RoleManager<IdentityRole> roles, IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<AddUserResult> RunAsync(Caller caller, NewUser request, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManageUsers))
        {
            return new AddUserResult(null, [Text.Error_NoRight]);
        }

        if (!Roles.Assignable.Contains(request.Role))
        {
            return new AddUserResult(null, [EnumText.Format(Text.Error_UnknownRole, request.Role, string.Join(' ', Roles.Assignable))]);
        }

        int? unitId = null;
        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
            unitId = await db.Units.Where(u => u.Code == request.UnitCode).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellationToken);
            if (unitId is null)
            {
                return new AddUserResult(null, [EnumText.Format(Text.Error_UnknownUnit, request.UnitCode)]);
            }
        }
        else if (!RolePermissions.SeesAllUnits([request.Role]))
        {
            return new AddUserResult(null, [Text.Error_UnitRequired]);
        }

        if (!await roles.RoleExistsAsync(request.Role))
        {
            await roles.CreateAsync(new IdentityRole(request.Role));
        }

        var user = new YaojianUser { UserName = request.UserName, DisplayName = request.DisplayName, UnitId = unitId, LockoutEnabled = true };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return new AddUserResult(null, created.Errors.Select(e => e.Description).ToList());
        }

        var inRole = await users.AddToRoleAsync(user, request.Role);
        return inRole.Succeeded
            ? new AddUserResult(user.Id, [])
            : new AddUserResult(null, inRole.Errors.Select(e => e.Description).ToList());
    }
}
