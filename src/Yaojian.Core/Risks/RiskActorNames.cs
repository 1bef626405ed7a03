using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Risks;

/// <summary>
/// Who did a step, as people read it: a user's display name (李科长) for the login name stored on the record (chief),
/// the system's jobs in Chinese (系统（逾期措施标记）), and the login name itself for an account no longer there. The
/// records keep the login name, as the audit trail does. A shared lookup (Security/ResolveDisplayNames) can replace
/// this one once it exists.
/// </summary>
internal sealed class RiskActorNames
{
    private const string SystemPrefix = "system:";

    private readonly IReadOnlyDictionary<string, string> _names;

    private RiskActorNames(IReadOnlyDictionary<string, string> names) => _names = names;

    public static async Task<RiskActorNames> LoadAsync(YaojianDb db, IEnumerable<string?> actors, CancellationToken cancellationToken)
    {
        var logins = actors.OfType<string>().Where(a => !a.StartsWith(SystemPrefix, StringComparison.Ordinal)).Distinct().ToList();
        var names = logins.Count == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && logins.Contains(u.UserName) && u.DisplayName != string.Empty)
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
        return new RiskActorNames(names);
    }

    public string Of(string actor) =>
        actor.StartsWith(SystemPrefix, StringComparison.Ordinal) ? SystemName(actor) : _names.GetValueOrDefault(actor, actor);

    public string? OfOptional(string? actor) => actor is null ? null : Of(actor);

    /// <summary>The system's actors in Chinese: the overdue job, the demo seeder, any other job as 系统.</summary>
    internal static string SystemName(string actor) => actor switch
    {
        SweepOverdueMeasures.Actor => Text.Risks_Actor_OverdueJob,
        "system:demo" => Text.Risks_Actor_Demo,
        _ => Text.Risks_Actor_System,
    };
}
