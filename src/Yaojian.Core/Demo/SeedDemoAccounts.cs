using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Security;

namespace Yaojian.Core.Demo;

/// <summary>
/// One demo account per role. No password is kept in the repository: each account gets the configured demo
/// password, or else a random one that is returned so the start-up can show it once.
/// </summary>
public sealed class SeedDemoAccounts(AddUser addUser, UserManager<YaojianUser> users)
{
    private static readonly Caller Seeder = Caller.System("system:demo");

    public static IReadOnlyList<(string UserName, string DisplayName, string Role, string? Unit)> Accounts { get; } =
    [
        ("leader", "王局长", Roles.Leader, null),
        ("chief", "李科长", Roles.SectionChief, DemoJurisdiction.DrugOffice),
        ("inspector", "张检查员", Roles.Inspector, "dachengzi-station"),
        ("station", "刘所员", Roles.StationStaff, "kundu-station"),
        ("adr", "赵监测员", Roles.AdrMonitor, "adr-department"),
        ("admin", "陈管理员", Roles.Admin, null),
    ];

    /// <summary>Creates the accounts when no account exists yet; returns those created.</summary>
    public async Task<IReadOnlyList<DemoAccount>> SeedIfNoUsersAsync(string? password, CancellationToken cancellationToken = default)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return [];
        }

        var created = new List<DemoAccount>();
        foreach (var (userName, displayName, role, unit) in Accounts)
        {
            var secret = string.IsNullOrEmpty(password) ? NewPassword() : password;
            var result = await addUser.RunAsync(Seeder, new NewUser(userName, displayName, role, unit, secret), cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {userName}: {string.Join("; ", result.Errors)}");
            }

            created.Add(new DemoAccount(userName, displayName, role, unit, secret));
        }

        return created;
    }

    private static string NewPassword() =>
        "Yj-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(9)).Replace('+', 'x').Replace('/', 'y') + "7a";
}
