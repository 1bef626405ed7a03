using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Registry;

/// <summary>The product catalogue, controlled classes first, newest controlled first within a class.</summary>
public sealed class ListProducts(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<IReadOnlyList<Product>> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var products = await db.Products.AsNoTracking().ToListAsync(cancellationToken);
        return products
            .OrderBy(p => p.ControlClass == ControlClass.None)
            .ThenBy(p => p.ControlClass)
            .ThenByDescending(p => p.FirstControlledOn)
            .ThenBy(p => p.ApprovalNumber, StringComparer.Ordinal)
            .ToList();
    }
}
