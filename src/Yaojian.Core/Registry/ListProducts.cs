using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>The product catalogue, controlled classes first, newest controlled first within a class.</summary>
public sealed class ListProducts(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<IReadOnlyList<Product>> RunAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var products = await db.Products.AsNoTracking().ToListAsync(cancellationToken);
        return products
            .OrderBy(p => p.ControlClass == ControlClass.None)
            .ThenBy(p => p.ControlClass)
            .ThenByDescending(p => p.FirstControlledOn)
            .ThenBy(p => p.ApprovalNumber, StringComparer.Ordinal)
            .ToList();
    }
}
