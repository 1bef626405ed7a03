using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Caching.Memory;

namespace Yaojian.Web.Security;

/// <summary>
/// Failed sign-ins slow down where they come from, not the account they aim at (docs/decisions/0012): a source (an
/// IPv4 address or an IPv6 /64) may fail 10 times in 5 minutes, then waits for the window to slide (growing to a
/// hard stop at 50 failures in a day). An account name (known or not, alike) may fail 30 times in 15 minutes from all
/// sources together, which stops a spread-out guesser; a source the account signed in from in the last 30 days is
/// exempt from that account limit, so a stranger's failures never shut the owner out of their own machine. Only
/// failures count; the windows are ASP.NET Core's sliding-window rate limiters, kept in memory (one app process).
/// </summary>
internal sealed class LoginThrottle : IDisposable
{
    private static readonly TimeSpan KnownSourceFor = TimeSpan.FromDays(30);

    private readonly Tier[] _sourceTiers =
    [
        new(10, TimeSpan.FromMinutes(5), 5),
        new(50, TimeSpan.FromDays(1), 24),
    ];

    private readonly Tier _account = new(30, TimeSpan.FromMinutes(15), 3);

    private readonly MemoryCache _knownSources = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>How long the caller must wait before trying again, or null when the attempt may go ahead.</summary>
    public TimeSpan? RetryAfter(IPAddress? source, string userName)
    {
        var from = SourceKey(source);
        foreach (var tier in _sourceTiers)
        {
            if (!tier.HasRoom(from))
            {
                return tier.Step;
            }
        }

        var account = AccountKey(userName);
        return _knownSources.TryGetValue((account, from), out _) || _account.HasRoom(account) ? null : _account.Step;
    }

    public void Failed(IPAddress? source, string userName)
    {
        var from = SourceKey(source);
        foreach (var tier in _sourceTiers)
        {
            tier.Take(from);
        }

        _account.Take(AccountKey(userName));
    }

    public void Succeeded(IPAddress? source, string userName) =>
        _knownSources.Set((AccountKey(userName), SourceKey(source)), true, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KnownSourceFor });

    public void Dispose()
    {
        foreach (var tier in _sourceTiers)
        {
            tier.Dispose();
        }

        _account.Dispose();
        _knownSources.Dispose();
    }

    /// <summary>An IPv6 host owns its whole /64: one source, not 2^64.</summary>
    private static string SourceKey(IPAddress? source)
    {
        if (source is null)
        {
            return "-";
        }

        if (source.IsIPv4MappedToIPv6)
        {
            source = source.MapToIPv4();
        }

        return source.AddressFamily == AddressFamily.InterNetworkV6
            ? Convert.ToHexString(source.GetAddressBytes(), 0, 8) + "/64"
            : source.ToString();
    }

    private static string AccountKey(string userName) => userName.Trim().ToUpperInvariant();

    private sealed class Tier(int failures, TimeSpan window, int segments) : IDisposable
    {
        private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = failures,
                Window = window,
                SegmentsPerWindow = segments,
                QueueLimit = 0,
                AutoReplenishment = true,
            }), StringComparer.Ordinal);

        /// <summary>At most this long until a segment of the window slides out and frees room.</summary>
        public TimeSpan Step { get; } = window / segments;

        public bool HasRoom(string key)
        {
            using var lease = _limiter.AttemptAcquire(key, 0);
            return lease.IsAcquired;
        }

        public void Take(string key) => _limiter.AttemptAcquire(key).Dispose();

        public void Dispose() => _limiter.Dispose();
    }
}
