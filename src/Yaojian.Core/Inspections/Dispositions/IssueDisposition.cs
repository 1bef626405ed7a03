using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// Issues a disposition (责令改正、告诫、约谈…): for a finding of a finished inspection (the record's unit follows it up)
/// or for an entity; its state machine records the issue as its first event. A case filed may move the entity's grade.
/// </summary>
public sealed class IssueDisposition(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading)
{
    public async Task<DispositionOutcome> RunAsync(Caller caller, IssueDispositionInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.RecordInspections))
        {
            return DispositionOutcome.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        int entityId, unitId;
        if (input.InspectionId is { } inspectionId)
        {
            var inspection = await db.Inspections.Include(i => i.Findings).SingleOrDefaultAsync(i => i.Id == inspectionId, cancellationToken);
            if (inspection is null || (input.FindingId is { } findingId && inspection.Findings.All(f => f.Id != findingId)))
            {
                return DispositionOutcome.Missing;
            }

            if (inspection.Status != InspectionStatus.Finished)
            {
                return DispositionOutcome.Invalid(Text.Disposition_InspectionNotFinished);
            }

            (entityId, unitId) = (inspection.EntityId, inspection.UnitId);
        }
        else
        {
            // A finding belongs to a record: without the record it is not the caller's to follow up.
            var entity = input.FindingId is null ? await db.Entities.SingleOrDefaultAsync(e => e.Id == input.EntityId, cancellationToken) : null;
            if (entity is null)
            {
                return DispositionOutcome.Missing;
            }

            (entityId, unitId) = (entity.Id, caller.UnitId is { } own && !caller.Scope.AllUnits ? own : entity.UnitId);
        }

        if (!Enum.IsDefined(input.Kind) || (input.Kind == DispositionKind.Referral) != input.Receiver is not null)
        {
            return DispositionOutcome.Invalid(Text.Disposition_ReceiverForReferralOnly);
        }

        var disposition = new Disposition(input.Kind, entityId, input.FindingId, input.Receiver);
        var fired = disposition.Fire(DispositionTrigger.Issue, caller.UserName, clock.GetLocalNow(), input.Reason, new DispositionData(input.Deadline));
        if (!fired.Succeeded)
        {
            return DispositionOutcome.Invalid(EnumText.Of(fired.Refusal!.Value));
        }

        var record = new DispositionRecord { Kind = input.Kind, EntityId = entityId, UnitId = unitId, InspectionId = input.InspectionId, FindingId = input.FindingId, Receiver = input.Receiver };
        DispositionStorage.Apply(disposition, record);
        db.Dispositions.Add(record);
        var graded = await grading.StageDispositionAsync(db, record, DispositionTrigger.Issue, Today(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await grading.ReplanAsync(caller, graded, cancellationToken);
        return DispositionOutcome.Of(await DispositionViews.ViewAsync(db, record, Today(), cancellationToken));
    }

    private DateOnly Today() => clock.Today();
}
