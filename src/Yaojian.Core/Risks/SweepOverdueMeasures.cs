using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>
/// The recurring job's work: every open measure whose deadline has passed is flagged overdue once, in the job's name
/// (audited), so the overdue list and the reminder follow; overdue itself is computed, so a list is right between runs.
/// </summary>
public sealed class SweepOverdueMeasures(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public const string Actor = "system:overdue-measures-job";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(Caller.System(Actor), cancellationToken);
        var today = RiskViews.Today(clock);
        var due = await db.RiskMeasures.Where(m => m.Status == MeasureStatus.Open && m.Deadline < today && m.FlaggedOverdueAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var measure in due.Where(m => MeasureRules.IsOverdue(m.Status, m.Deadline, today)))
        {
            measure.FlaggedOverdueAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
