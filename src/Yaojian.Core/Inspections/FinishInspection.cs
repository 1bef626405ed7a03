using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>
/// Finishes a record: checked first (inspectors, answers, findings, signatures), then frozen; its planned visit is
/// done, and the inspection enters the history the plan engine reads.
/// </summary>
public sealed class FinishInspection(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public Task<InspectionOutcome> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default) =>
        DraftEdit.RunAsync(dbFactory, caller, id, async (db, inspection) =>
        {
            var problems = InspectionRules.ProblemsBeforeFinishing(inspection);
            if (problems.Count > 0)
            {
                return problems.Select(p => EnumText.Of(p)).ToList();
            }

            var now = clock.GetUtcNow();
            inspection.Status = InspectionStatus.Finished;
            inspection.FinishedAt = now;
            if (inspection.PreviousVersionId is { } previousId)
            {
                var previous = await db.Inspections.SingleAsync(i => i.Id == previousId);
                previous.Status = InspectionStatus.Superseded;
            }
            else
            {
                db.InspectionHistory.Add(new InspectionHistoryEntry
                {
                    EntityId = inspection.EntityId,
                    InspectedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
                    Source = "inspection",
                });
            }

            if (inspection.PlanVisitId is { } visitId && await db.PlanVisits.SingleOrDefaultAsync(v => v.Id == visitId) is { } visit)
            {
                visit.Status = VisitStatus.Done;
            }

            return [];
        }, cancellationToken);
}
