using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;

namespace Yaojian.Core.Sampling;

/// <summary>Prepares the sampling form for an entity of the caller's units: the same unit and officers <see cref="RecordSample"/> takes.</summary>
public sealed class PrepareSample(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<SampleForm?> RunAsync(Caller caller, int entityId, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.RecordSampling))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var entity = await db.Entities.AsNoTracking().Where(e => e.Id == entityId)
            .Select(e => new { e.Id, e.Name, e.Kind, e.Address, e.UnitId }).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return null;
        }

        var today = clock.Today();
        var unitId = SampleUnits.For(caller, entity.UnitId);
        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var officers = await db.Inspectors.AsNoTracking().Where(i => i.UnitId == unitId && i.Active).OrderBy(i => i.Code)
            .Select(i => new { Option = new InspectorOption(i.Id, i.Code, i.Name, i.Conflicts.Select(c => c.EntityId).ToList()), i.UserName })
            .ToListAsync(cancellationToken);
        var samplers = officers.Select(o => o.Option).ToList();
        var me = officers.Where(o => o.UserName == caller.UserName).Select(o => o.Option.Id).ToList();
        var plan = await SamplingInputs.PlanAsync(db, today.Year, cancellationToken);
        var products = (await db.Products.AsNoTracking().Select(p => new ProductOption(p.Id, p.Name, p.ApprovalNumber)).ToListAsync(cancellationToken))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        return new SampleForm(entity.Id, entity.Name, entity.Kind, entity.Address, unitName, today,
            plan?.Categories.Select(c => new CodeName(c.Id, c.Name)).ToList() ?? [],
            samplers, me, products, SamplingInputs.Options<ProductFlags>(), SamplingInputs.Options<SampleConcerns>());
    }
}
