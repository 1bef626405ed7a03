using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Audit;

/// <summary>
/// The change history of one entity (its own row, licences, pharmacists and grade changes), newest first, for callers
/// allowed to read the trail and to see the entity. A caller without the personal-data right sees the values before and
/// after masked as the entity's page masks them (<see cref="AuditValues"/>): the trail shows no more than the record.
/// </summary>
public sealed class GetEntityHistory(IDbContextFactory<YaojianDb> dbFactory)
{
    public const int MaxEntries = 500;

    public async Task<IReadOnlyList<AuditEntry>?> RunAsync(Caller caller, int entityId, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewAudit))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        if (!await db.Entities.AnyAsync(e => e.Id == entityId, cancellationToken))
        {
            return null;
        }

        var key = entityId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var childKeys = await ChildKeysAsync(db, entityId, cancellationToken);
        var records = await db.AuditRecords.AsNoTracking()
            .Where(r => (r.Subject == "entities" && r.SubjectKey == key)
                || (r.Subject == "licences" && childKeys.Licences.Contains(r.SubjectKey))
                || (r.Subject == "pharmacists" && childKeys.Pharmacists.Contains(r.SubjectKey))
                || (r.Subject == "credit_grade_changes" && childKeys.Grades.Contains(r.SubjectKey)))
            .OrderByDescending(r => r.Sequence)
            .Take(MaxEntries)
            .Select(r => new AuditEntry(r.Sequence, r.At, r.Actor, r.Action, r.Subject, r.Before, r.After))
            .ToListAsync(cancellationToken);
        return caller.Can(Permission.ViewPersonalData)
            ? records
            : [.. records.Select(r => r with { Before = AuditValues.Mask(r.Before), After = AuditValues.Mask(r.After) })];
    }

    private static async Task<(List<string> Licences, List<string> Pharmacists, List<string> Grades)> ChildKeysAsync(
        YaojianDb db, int entityId, CancellationToken cancellationToken)
    {
        static string Text(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var licences = await db.Licences.Where(l => l.EntityId == entityId).Select(l => l.Id).ToListAsync(cancellationToken);
        var pharmacists = await db.Pharmacists.Where(p => p.EntityId == entityId).Select(p => p.Id).ToListAsync(cancellationToken);
        var grades = await db.CreditGradeChanges.Where(g => g.EntityId == entityId).Select(g => g.Id).ToListAsync(cancellationToken);
        return (licences.Select(Text).ToList(), pharmacists.Select(Text).ToList(), grades.Select(Text).ToList());
    }
}
