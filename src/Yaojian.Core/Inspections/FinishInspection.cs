using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>
/// Finishes a record: checked first (inspectors, answers, findings, signatures), then frozen; its planned visit is
/// done, the inspection enters the history the plan engine reads, and what it found may move the entity's credit grade.
/// </summary>
public sealed class FinishInspection(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading)
{
    public Task<InspectionOutcome> RunAsync(Caller caller, int id, CancellationToken cancellationToken = default) =>
        RunAsync(caller, id, new FinishInput(), cancellationToken);

    /// <param name="input">When it ended on site: a record finished on a phone without a network keeps that moment.</param>
    public async Task<InspectionOutcome> RunAsync(Caller caller, int id, FinishInput input, CancellationToken cancellationToken = default)
    {
        StagedGradeChange? graded = null;
        var outcome = await DraftEdit.RunAsync(dbFactory, caller, id, async (db, inspection) =>
        {
            var problems = InspectionRules.ProblemsBeforeFinishing(inspection);
            if (problems.Count > 0)
            {
                return problems.Select(p => EnumText.Of(p)).ToList();
            }

            var now = InspectionRules.MomentOnSite(input.FinishedAt, inspection.StartedAt, clock.GetUtcNow());
            var today = clock.DateOf(now);
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
                    InspectedOn = today,
                    Source = "inspection",
                });
            }

            graded = await grading.StageInspectionAsync(db, inspection, today, cancellationToken);

            if (inspection.PlanVisitId is { } visitId && await db.PlanVisits.SingleOrDefaultAsync(v => v.Id == visitId) is { } visit)
            {
                visit.Status = VisitStatus.Done;
            }

            return [];
        }, cancellationToken);
        await grading.ReplanAsync(caller, graded, cancellationToken);
        return outcome;
    }
}
