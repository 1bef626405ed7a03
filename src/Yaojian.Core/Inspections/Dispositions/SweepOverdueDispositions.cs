using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// The recurring job's work: every disposition whose deadline has passed and that still waits for it is marked
/// overdue (its state machine's DeadlinePassed), in the name of the job, so the overdue lists and reminders follow; a
/// rectification order overdue may move the entity's credit grade.
/// </summary>
public sealed class SweepOverdueDispositions(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading)
{
    public const string Actor = "system:overdue-job";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(Caller.System(Actor), cancellationToken);
        var today = clock.Today();
        var candidates = await DispositionViews.WithEvents(db).Where(d => d.Deadline < today && d.State != DispositionState.Overdue).ToListAsync(cancellationToken);
        // One entry per disposition marked: the grade change it led to, if any.
        var marked = new List<StagedGradeChange?>();
        foreach (var record in candidates)
        {
            var disposition = DispositionStorage.ToAggregate(record);
            if (OverdueSweep.Due([disposition], today).Count == 1
                && disposition.Fire(DispositionTrigger.DeadlinePassed, Actor, clock.GetLocalNow()).Succeeded)
            {
                DispositionStorage.Apply(disposition, record);
                marked.Add(await grading.StageDispositionAsync(db, record, DispositionTrigger.DeadlinePassed, today, cancellationToken));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await grading.ReplanAsync(Caller.System(Actor), marked, cancellationToken);
        return marked.Count;
    }
}
