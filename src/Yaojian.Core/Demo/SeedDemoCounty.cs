using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;

namespace Yaojian.Core.Demo;

/// <summary>
/// Fills a database with the demo county: its units and 400–600 entities on first start, or any number of entities
/// (to a million) for benchmarks. Entities are written in batches with the change tracker cleared between them.
/// </summary>
public sealed class SeedDemoCounty(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    /// <summary>Above this many entities only the registry rows are generated, not licences and pharmacists.</summary>
    public const int DetailLimit = 20_000;

    private const int BatchSize = 5_000;

    private static readonly Caller Seeder = Caller.System("system:demo");

    /// <summary>Seeds the demo county when the database holds no unit and no entity; returns the entities added.</summary>
    public async Task<int> SeedIfEmptyAsync(int seed, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateForAsync(Seeder, cancellationToken))
        {
            if (await db.Units.AnyAsync(cancellationToken) || await db.Entities.AnyAsync(cancellationToken))
            {
                return 0;
            }
        }

        var total = new Random(seed).Next(400, 601);
        var added = await AddEntitiesAsync(total, seed, null, cancellationToken);
        await using (var db = await dbFactory.CreateForAsync(Seeder, cancellationToken))
        {
            db.Products.AddRange(DemoProducts.All());
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    /// <summary>Adds <paramref name="count"/> generated entities after those already stored, creating the units first.</summary>
    public async Task<int> AddEntitiesAsync(int count, int seed, IProgress<int>? progress, CancellationToken cancellationToken = default)
    {
        var unitIds = await EnsureUnitsAsync(cancellationToken);
        int firstNumber;
        await using (var db = await dbFactory.CreateForAsync(Seeder, cancellationToken))
        {
            firstNumber = await db.Entities.CountAsync(cancellationToken) + 1;
        }

        var today = clock.Today();
        var generator = new DemoEntityGenerator(seed + firstNumber, today);
        var written = 0;
        foreach (var batch in generator.Generate(count, unitIds, count <= DetailLimit, firstNumber).Chunk(BatchSize))
        {
            await using var db = await dbFactory.CreateForAsync(Seeder, cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Entities.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            written += batch.Length;
            progress?.Report(written);
        }

        return written;
    }

    private async Task<Dictionary<string, int>> EnsureUnitsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(Seeder, cancellationToken);
        var existing = await db.Units.Select(u => u.Code).ToListAsync(cancellationToken);
        db.Units.AddRange(DemoJurisdiction.Units().Where(u => !existing.Contains(u.Code)));
        await db.SaveChangesAsync(cancellationToken);
        return await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, cancellationToken);
    }
}
