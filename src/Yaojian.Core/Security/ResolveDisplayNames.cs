using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Resources;
using Yaojian.Core.Risks;

namespace Yaojian.Core.Security;

/// <summary>
/// Who did something, as a page shows it: a user's display name (<see cref="YaojianUser.DisplayName"/>) for the user
/// name an event or record keeps, a system actor in Chinese (<c>system:overdue-job</c> → 系统（逾期检查）), anything else
/// as it is (a user since removed). All the names of a page in one query; events and the API keep the user name.
/// </summary>
public static class ResolveDisplayNames
{
    private const string SystemPrefix = "system:";
    private const string CliPrefix = "cli:";

    /// <summary>The names for <paramref name="userNames"/>, read in <paramref name="db"/>, the handler's context.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> InAsync(YaojianDb db, IEnumerable<string?> userNames, CancellationToken cancellationToken)
    {
        var names = userNames.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var people = names.Where(n => SystemActor(n) is null).ToList();
        var found = people.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => u.UserName != null && people.Contains(u.UserName))
                .Select(u => new { UserName = u.UserName!, u.DisplayName }).ToDictionaryAsync(u => u.UserName, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
        return names.ToDictionary(
            n => n,
            n => SystemActor(n) ?? (found.TryGetValue(n, out var display) && !string.IsNullOrWhiteSpace(display) ? display : n),
            StringComparer.Ordinal);
    }

    /// <summary>A system actor in Chinese (系统（逾期检查）, 命令行（root）), or null when <paramref name="actor"/> is a person's user name.</summary>
    public static string? SystemActor(string actor)
    {
        if (actor.StartsWith(CliPrefix, StringComparison.Ordinal))
        {
            return EnumText.Format(Text.Cases_ActorCli, actor[CliPrefix.Length..]);
        }

        if (!actor.StartsWith(SystemPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var job = actor switch
        {
            SweepOverdueDispositions.Actor => Text.Cases_ActorOverdueJob,
            SweepOverdueMeasures.Actor => Text.Cases_ActorOverdueMeasuresJob,
            GradeCleanYear.Actor => Text.Cases_ActorCleanYearJob,
            "system:demo" => Text.Cases_ActorDemo,
            _ => actor[SystemPrefix.Length..],
        };
        return EnumText.Format(Text.Cases_ActorSystem, job);
    }
}
