using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Yaojian.Core.Security;

namespace Yaojian.Core.Data;

/// <summary>
/// Keeps what a page computes from a whole table (the plan overview's loads and coverage, the public plan, the
/// registry's counts), so that fifty people opening the page do not each read the registry, the history and every
/// visit. A value is kept with the data version it was computed at — the audit chain's head: every write appends to
/// the chain in its own transaction, so any change (a draw, a moved visit, an edited entity, an imported history)
/// gives a new head and the next reader computes again. One value per key (the newest), computed by one request at a time; unused for ten
/// minutes, it is dropped.
/// </summary>
public sealed class VersionedCache(IMemoryCache cache)
{
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>
    /// The data version: the audit chain's last record, by number and hash (read before computing). The hash covers the
    /// whole history, so a database emptied or restored to the same number of records is still told apart.
    /// </summary>
    public static async Task<string> VersionAsync(YaojianDb db, CancellationToken cancellationToken) =>
        await db.AuditHeads.AsNoTracking().Where(h => h.Id == Audit.AuditHead.SingletonId).Select(h => h.LastSequence + ":" + h.LastHash).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;

    /// <summary>A key part naming the units a caller sees, since the query filters make each scope's answer its own.</summary>
    public static string Scope(Caller caller) =>
        caller.Scope.AllUnits ? "all" : string.Join(',', caller.Scope.UnitIds.Order());

    public async Task<T> GetAsync<T>(string key, string version, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(key, out Versioned<T>? kept) && kept!.Version == version)
        {
            return kept.Value;
        }

        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(key, out kept) && kept!.Version == version)
            {
                return kept.Value;
            }

            var value = await compute();
            cache.Set(key, new Versioned<T>(version, value), new MemoryCacheEntryOptions { SlidingExpiration = Unused });
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Versioned<T>(string Version, T Value);
}
