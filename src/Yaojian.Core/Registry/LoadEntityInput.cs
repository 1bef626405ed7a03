using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>An entity as the edit form starts from: its current values in the interchange vocabulary.</summary>
public sealed class LoadEntityInput(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<EntityInput?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var e = await db.Entities.AsNoTracking().Include(x => x.Unit).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        return e is null ? null : new EntityInput
        {
            Code = e.Code,
            Name = e.Name,
            Uscc = e.Uscc,
            Kind = SnakeCaseNames<EntityKind>.Of(e.Kind),
            Unit = e.Unit!.Code,
            Area = SnakeCaseNames<AreaClass>.Of(e.Area),
            CreditGrade = EntityRules.FormatGrade(e.CreditGrade),
            DeviceTier = EntityRules.FormatTier(e.DeviceTier),
            Status = SnakeCaseNames<EntityStatus>.Of(e.Status),
            Tags = SupervisionTagNames.Split(e.Tags).Select(SnakeCaseNames<SupervisionTags>.Of).ToList(),
            Township = e.Township,
            Address = e.Address,
            LegalRepresentative = e.LegalRepresentative,
            ContactPhone = e.ContactPhone,
        };
    }
}
