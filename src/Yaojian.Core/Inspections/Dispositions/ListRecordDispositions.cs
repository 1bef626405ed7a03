using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>A disposition as the record's page lists it: what it is, where it stands and by when.</summary>
public sealed record RecordDisposition(int Id, DispositionKind Kind, DispositionState State, DateOnly? Deadline, bool Overdue);

/// <summary>
/// The dispositions issued from one record of the caller's units, in the order of <see cref="ListDispositions"/> (the
/// overdue first, then by deadline). One query: the record's page shows no names or history, so nothing else is read.
/// </summary>
public sealed class ListRecordDispositions(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<RecordDisposition>> RunAsync(Caller caller, int entityId, int inspectionId, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return [];
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var today = clock.Today();
        var rows = await db.Dispositions.AsNoTracking().Where(d => d.EntityId == entityId && d.InspectionId == inspectionId)
            .Select(d => new { d.Id, d.Kind, d.State, d.Deadline }).ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(d => new RecordDisposition(d.Id, d.Kind, d.State, d.Deadline, DispositionRules.IsOverdue(d.Kind, d.State, d.Deadline, today)))
                .OrderByDescending(v => v.Overdue).ThenBy(v => v.Deadline is null).ThenBy(v => v.Deadline).ThenBy(v => v.Id),
        ];
    }
}
