using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>
/// One entity with its licences, pharmacists and credit-grade history, newest first; personal data masked unless the
/// caller's role needs it. Another unit's entity is answered as missing, and the attempt is audited.
/// </summary>
public sealed class GetEntity(IDbContextFactory<YaojianDb> dbFactory)
{
    public async Task<EntityDetail?> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var e = await db.Entities.AsNoTracking().Include(x => x.Unit).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            await OutOfScope.RecordIfHiddenAsync(db, id, cancellationToken);
            return null;
        }

        // The entity is the caller's (read through the units' filter above): its rows are read by its id alone. A split
        // query joined the entity and its unit again in each of three queries, which PostgreSQL planned for 1–3 ms each.
        var licences = await db.Licences.AsNoTracking().Where(l => l.EntityId == id).ToListAsync(cancellationToken);
        var pharmacists = await db.Pharmacists.AsNoTracking().Where(p => p.EntityId == id).ToListAsync(cancellationToken);
        var grades = await db.CreditGradeChanges.AsNoTracking().Where(g => g.EntityId == id).ToListAsync(cancellationToken);

        var personal = caller.Can(Permission.ViewPersonalData);

        var summary = new EntitySummary(
            e.Id, e.Code, e.Name, e.Uscc, e.Kind, e.Unit!.Code, e.Unit.Name, e.Area, e.CreditGrade, e.DeviceTier, e.Status,
            e.Tags, e.Township, e.Address);
        return new EntityDetail(
            summary,
            e.LegalRepresentative,
            personal ? e.ContactPhone : Masking.Phone(e.ContactPhone),
            e.CreatedAt,
            e.UpdatedAt,
            licences.OrderBy(l => l.Type).ThenBy(l => l.Number, StringComparer.Ordinal)
                .Select(l => new LicenceView(l.Type, l.Number, l.Scope, l.IssuedOn, l.ValidUntil)).ToList(),
            pharmacists.OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new PharmacistView(p.Name, p.RegistrationNumber, p.Category, personal ? p.IdNumber : Masking.IdNumber(p.IdNumber), p.RegisteredUntil)).ToList(),
            grades.OrderByDescending(g => g.EffectiveOn).ThenByDescending(g => g.Id)
                .Select(g => new GradeChangeView(g.FromGrade, g.ToGrade, g.EffectiveOn, g.Reason, g.RecordedAt)).ToList());
    }
}
