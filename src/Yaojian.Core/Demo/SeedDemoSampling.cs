using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Sampling;
using Yaojian.Core.Security;

namespace Yaojian.Core.Demo;

/// <summary>
/// Gives the demo county a few samples so that a first run shows the sampling pages: two of last year (one
/// nonconforming, which this year's follow-up sample answers), and this year's — a maternal drug found nonconforming
/// (its clue opened, not yet a case: the filing rate shows the gap), an in-house preparation, an online sample, one
/// from an unclear channel, some still awaiting their result. Small and the same every run for the same day.
/// </summary>
public sealed class SeedDemoSampling(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading)
{
    private static readonly Caller Seeder = Caller.System("system:demo");

    /// <summary>Seeds when no sample exists yet and the demo's inspectors do; returns the samples added.</summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(Seeder, cancellationToken);
        if (await db.Samples.AnyAsync(cancellationToken) || !await db.Inspectors.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var today = clock.Today();
        var now = clock.GetUtcNow();
        var products = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Name, StringComparer.Ordinal, cancellationToken);
        var plan = await SamplingInputs.PlanAsync(db, today.Year, cancellationToken);
        var category = plan?.Categories.FirstOrDefault()?.Id;
        var town = await PickAsync(db, "dachengzi-station", [EntityKind.RetailPharmacy, EntityKind.ChainStore, EntityKind.FranchiseStore], cancellationToken);
        var rural = await PickAsync(db, "kundu-station", [EntityKind.RetailPharmacy, EntityKind.ChainStore, EntityKind.FranchiseStore], cancellationToken);
        var hospital = await PickAsync(db, "kundu-station", [EntityKind.Hospital, EntityKind.TownshipHealthCenter], cancellationToken);
        if (town.Count < 3 || rural.Count < 2 || hospital.Count < 1)
        {
            return 0;
        }

        var lastYear = today.Year - 1;
        var seeds = new List<(Sample Sample, CheckedResult? Result)>
        {
            (New(1, town[0], "小儿氨酚黄那敏颗粒", "20240801", new DateOnly(lastYear, 11, 5)), Result(SampleConclusion.Nonconforming, new DateOnly(lastYear, 12, 2), "溶出度")),
            (New(2, hospital[0], "阿托伐他汀钙片", "20240615", new DateOnly(lastYear, 10, 12)), Result(SampleConclusion.Conforming, new DateOnly(lastYear, 11, 6), null)),
            (New(3, town[1], "小儿氨酚黄那敏颗粒", "20250105", Day(40)), Result(SampleConclusion.Conforming, After(Day(40), 20), null)),
            (New(4, town[2], "叶酸片（0.4mg）", "20241120", Day(35)), Result(SampleConclusion.Nonconforming, After(Day(35), 25), "含量测定")),
            (New(5, hospital[0], "复方黄芩清热合剂", "20250110", Day(30)), Result(SampleConclusion.Conforming, After(Day(30), 22), null)),
            (New(6, rural[0], "阿托伐他汀钙片", "20241203", Day(25)), null),
            (New(7, town[0], "叶酸片（0.4mg）", "20241218", Day(20)), null),
            (New(8, rural[1], "感冒灵颗粒", "20241011", Day(15)), null),
        };
        var online = seeds[6].Sample;
        (online.Online, online.Platform, online.Shop, online.Concerns) = (true, "京东健康", "康宁大药房旗舰店", SampleConcerns.HighOnlineVolume | SampleConcerns.AbnormalPrice);
        var named = seeds[7].Sample;
        (named.ProductId, named.ApprovalNumber, named.Manufacturer, named.Concerns) = (null, null, "广东某制药有限公司", SampleConcerns.UnclearChannel);

        foreach (var (sample, _) in seeds)
        {
            sample.Samplers = (await db.Inspectors.AsNoTracking().Where(i => i.UnitId == sample.UnitId && i.Active && !i.Conflicts.Any(c => c.EntityId == sample.EntityId))
                .OrderBy(i => i.Code).Select(i => i.Id).Take(2).ToListAsync(cancellationToken))
                .Select(id => new SampleSampler { InspectorId = id }).ToList();
            db.Samples.Add(sample);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (sample, result) in seeds.Where(s => s.Result is not null))
        {
            await ResultEffects.StageAsync(db, sample, result!, "demo", Seeder.UserName, now, today, grading, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return seeds.Count;

        Sample New(int n, (int Id, int UnitId) entity, string productName, string batch, DateOnly sampledOn)
        {
            var product = products.GetValueOrDefault(productName);
            return new Sample
            {
                Number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"KZ{sampledOn.Year % 100:D2}YP{n:D4}"),
                CategoryId = category,
                EntityId = entity.Id,
                UnitId = entity.UnitId,
                ProductId = product?.Id,
                ProductName = productName,
                ApprovalNumber = product?.ApprovalNumber,
                Batch = batch,
                Manufacturer = "辽宁康源药业有限公司",
                SampledOn = sampledOn,
                CreatedBy = Seeder.UserName,
                CreatedAt = now,
            };
        }

        DateOnly Day(int daysAgo) => today.AddDays(-daysAgo) < new DateOnly(today.Year, 1, 1) ? new DateOnly(today.Year, 1, 1) : today.AddDays(-daysAgo);

        DateOnly After(DateOnly sampled, int days) => sampled.AddDays(days) > today ? today : sampled.AddDays(days);

        static CheckedResult Result(SampleConclusion conclusion, DateOnly reportedOn, string? failing) =>
            new(conclusion, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"（{reportedOn.Year}）辽药检字第{reportedOn.DayNumber % 10000:D4}号"), reportedOn, failing, "朝阳市药品检验检测中心");
    }

    private static async Task<List<(int Id, int UnitId)>> PickAsync(YaojianDb db, string unitCode, EntityKind[] kinds, CancellationToken cancellationToken) =>
        (await db.Entities.AsNoTracking()
            .Where(e => e.Unit!.Code == unitCode && kinds.Contains(e.Kind) && e.Status == EntityStatus.Active)
            .OrderBy(e => e.Id).Take(3).Select(e => new { e.Id, e.UnitId }).ToListAsync(cancellationToken))
        .Select(e => (e.Id, e.UnitId)).ToList();
}
