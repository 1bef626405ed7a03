using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Security;

namespace Yaojian.Core.Data;

public static class YaojianDbFactoryExtensions
{
    /// <summary>A context that works for <paramref name="caller"/>: filtered to their units, audited in their name.</summary>
    public static async Task<YaojianDb> CreateForAsync(
        this IDbContextFactory<YaojianDb> factory, Caller caller, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Caller = caller;
        return db;
    }
}
