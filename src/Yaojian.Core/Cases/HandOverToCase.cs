using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// The hand-over of a case-filing disposition (立案, its HandOver step) to the cases area, staged in the disposition's own
/// save: it links to a case of the same entity already open (<paramref name="caseId"/>), or registers one — dated the day
/// the case filing was issued, since that is when it was filed, and held to the decision's time limit from then. When
/// the case closes, its result closes the disposition (<see cref="FireCase"/>).
/// </summary>
public sealed class HandOverToCase(TimeProvider clock)
{
    /// <returns>Why the hand-over cannot be done, or null when the case is staged.</returns>
    public async Task<string?> StageAsync(YaojianDb db, Caller caller, DispositionRecord record, int? caseId, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!caller.Can(Permission.ManageCases))
        {
            return Text.Cases_HandOverNeedsRight;
        }

        if (await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.DispositionId == record.Id, cancellationToken))
        {
            return Text.Cases_DispositionAlreadyHandedOver;
        }

        if (caseId is { } id)
        {
            var linked = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (linked is null || linked.EntityId != record.EntityId || CaseTransitions.IsClosed(linked.State) || linked.DispositionId is not null)
            {
                return Text.Cases_HandOverCaseUnfit;
            }

            linked.DispositionId = record.Id;
            return null;
        }

        var entity = await db.Entities.IgnoreQueryFilters().Where(e => e.Id == record.EntityId).Select(e => e.Name).SingleAsync(cancellationToken);
        var issued = record.Events.OrderBy(e => e.Id).FirstOrDefault(e => e.Trigger == DispositionTrigger.Issue);
        var filedOn = clock.DateOf(issued?.At ?? now);
        var finding = record.FindingId is { } findingId
            ? await db.Findings.Where(f => f.Id == findingId).Select(f => f.Description).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (CaseTexts.TooLong(reason, CaseTexts.MaxCause, Text.Cases_FieldHandOverCause) is { } tooLong)
        {
            return tooLong;
        }

        // The reason given is the cause; failing it, the issue's reason or the finding stand for it, shortened visibly.
        var cause = TextInput.Clean(reason) ?? CaseTexts.Shorten(issued?.Reason, CaseTexts.MaxCause) ?? CaseTexts.Shorten(finding, CaseTexts.MaxCause) ?? Text.Cases_DefaultCause;
        var legalCase = await CaseSaves.NewAsync(db, cause, entity, false, record.UnitId, filedOn, caller.UserName, now, cancellationToken);
        (legalCase.EntityId, legalCase.DispositionId, legalCase.Summary) = (record.EntityId, record.Id, finding);
        CaseWorkflow.Fire(legalCase, new CaseStep(CaseTrigger.Register, EnumText.Format(Text.Cases_RegisteredFromDisposition, EnumText.Of(record.Kind)), On: filedOn),
            caller.UserName, now, CaseTimeLimits.None);
        return null;
    }
}
