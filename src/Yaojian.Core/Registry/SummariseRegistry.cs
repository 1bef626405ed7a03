using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>
/// The workbench's counts of the registry: one grouped scan of the entities (by status, kind and a C/D grade), kept
/// in <see cref="VersionedCache"/> until the data changes.
/// </summary>
public sealed class SummariseRegistry(IDbContextFactory<YaojianDb> dbFactory, VersionedCache cache)
{
    public async Task<RegistryOverview> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        return await KeptAsync(db, cache, await VersionedCache.VersionAsync(db, cancellationToken), caller, cancellationToken);
    }

    /// <summary>The counts at data <paramref name="version"/> (<see cref="VersionedCache.VersionAsync"/>, read by the caller first).</summary>
    internal static Task<RegistryOverview> KeptAsync(YaojianDb db, VersionedCache cache, string version, Caller caller, CancellationToken cancellationToken) =>
        cache.GetAsync("registry-summary:" + VersionedCache.Scope(caller), version, () => ComputeAsync(db, cancellationToken), cancellationToken);

    private static async Task<RegistryOverview> ComputeAsync(YaojianDb db, CancellationToken cancellationToken)
    {
        var groups = await db.Entities
            .GroupBy(e => new { e.Status, e.Kind, GradeCd = e.CreditGrade == CreditGrade.C || e.CreditGrade == CreditGrade.D })
            .Select(g => new { g.Key.Status, g.Key.Kind, g.Key.GradeCd, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(EntityStatus s) => groups.Where(x => x.Status == s).Sum(x => x.Count);
        return new RegistryOverview(
            groups.Sum(x => x.Count),
            Of(EntityStatus.Active),
            Of(EntityStatus.LostContact) + Of(EntityStatus.Zombie),
            groups.Where(x => x.GradeCd).Sum(x => x.Count),
            groups.GroupBy(x => x.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(x => x.Count))).ToList());
    }
}
