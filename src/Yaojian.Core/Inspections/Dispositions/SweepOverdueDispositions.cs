using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// The recurring job's work: every disposition whose deadline has passed and that still waits for it is marked
/// overdue (its state machine's DeadlinePassed), in the name of the job, so the overdue lists and reminders follow.
/// </summary>
public sealed class SweepOverdueDispositions(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public const string Actor = "system:overdue-job";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(Caller.System(Actor), cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var candidates = await DispositionViews.WithEvents(db).Where(d => d.Deadline < today && d.State != DispositionState.Overdue).ToListAsync(cancellationToken);
        var marked = 0;
        foreach (var record in candidates)
        {
            var disposition = DispositionStorage.ToAggregate(record);
            if (OverdueSweep.Due([disposition], today).Count == 1
                && disposition.Fire(DispositionTrigger.DeadlinePassed, Actor, clock.GetLocalNow()).Succeeded)
            {
                DispositionStorage.Apply(disposition, record);
                marked++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return marked;
    }
}
