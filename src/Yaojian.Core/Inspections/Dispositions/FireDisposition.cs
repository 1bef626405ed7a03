using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// Moves a disposition on (reply received, re-check, escalation…), as its state machine allows, with who and why; an
/// order overdue or escalated may move the entity's credit grade; a case filing handed over becomes a case (or joins one).
/// </summary>
public sealed class FireDisposition(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading, HandOverToCase handOver)
{
    public async Task<DispositionOutcome> RunAsync(Caller caller, int id, FireDispositionInput input, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.RecordInspections))
        {
            return DispositionOutcome.Refused;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var record = await DispositionViews.WithEvents(db).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record is null)
        {
            return DispositionOutcome.Missing;
        }

        var disposition = DispositionStorage.ToAggregate(record);
        var fired = disposition.Fire(input.Trigger, caller.UserName, clock.GetLocalNow(), input.Reason,
            new DispositionData(input.NewDeadline, input.ReplySummary?.Trim(), input.ResultText?.Trim()));
        if (!fired.Succeeded)
        {
            return DispositionOutcome.Invalid(EnumText.Of(fired.Refusal!.Value));
        }

        DispositionStorage.Apply(disposition, record);
        if (record.Kind == DispositionKind.CaseFiling && input.Trigger == DispositionTrigger.HandOver
            && await handOver.StageAsync(db, caller, record, input.CaseId, input.Reason, clock.GetLocalNow(), cancellationToken) is { } refused)
        {
            return DispositionOutcome.Invalid(refused);
        }

        var today = clock.Today();
        var graded = await grading.StageDispositionAsync(db, record, input.Trigger, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await grading.ReplanAsync(caller, graded, cancellationToken);
        return DispositionOutcome.Of(await DispositionViews.ViewAsync(db, record, today, cancellationToken));
    }
}
