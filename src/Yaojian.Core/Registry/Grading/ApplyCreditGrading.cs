using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Planning;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry.Grading;

/// <summary>
/// Moves an entity's credit grade after an outcome, as the grading rules of the plan file in force that day say
/// (HG-6(3)): the new grade and its dated reason are staged in the context of the use case that produced the outcome,
/// so that both are saved — and audited — with it; once saved, the entity's remaining visits follow the new grade.
/// </summary>
public sealed class ApplyCreditGrading(ReplanEntity replan)
{
    /// <summary>Stages the change the outcome leads to in <paramref name="db"/>, or returns null when there is none.</summary>
    public async Task<StagedGradeChange?> StageAsync(YaojianDb db, GradingOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Events.Count == 0)
        {
            return null;
        }

        var rules = await RulesInForceAsync(db, outcome.Day.Year, cancellationToken);
        if (rules.Count == 0)
        {
            return null;
        }

        // The entity may belong to another unit than the record's or the disposition's (a squad inspects a station's
        // pharmacy): the outcome grades it all the same.
        var entity = await db.Entities.IgnoreQueryFilters().SingleAsync(e => e.Id == outcome.EntityId, cancellationToken);
        var unit = await db.Units.Where(u => u.Id == entity.UnitId).Select(u => u.Code).SingleAsync(cancellationToken);
        return Stage(entity, unit, rules, outcome);
    }

    /// <summary>
    /// A finished record. A correction is the same inspection: it grades only what its findings add to the version it
    /// replaces (a serious finding the first version missed), never what was graded already; a finding corrected away
    /// leaves the grade as it is, the grade history saying why it was lowered, for the chief to change by hand.
    /// </summary>
    public async Task<StagedGradeChange?> StageInspectionAsync(YaojianDb db, Inspection inspection, DateOnly day, CancellationToken cancellationToken)
    {
        var events = GradingEvents.OfFindings(inspection.Findings.Select(f => f.Severity));
        var reference = inspection.Number;
        if (inspection.PreviousVersionId is { } previousId)
        {
            var replaced = await db.Findings.Where(f => f.InspectionId == previousId).Select(f => f.Severity).ToListAsync(cancellationToken);
            events = events.Except(GradingEvents.OfFindings(replaced)).ToHashSet();
            reference = EnumText.Format(Text.Grading_CorrectionReference, inspection.Number, inspection.Version);
        }

        return await StageAsync(db, new GradingOutcome(inspection.EntityId, events, day, reference), cancellationToken);
    }

    /// <summary>A disposition that has just been moved by <paramref name="trigger"/> (a case filed, an order overdue…).</summary>
    public async Task<StagedGradeChange?> StageDispositionAsync(
        YaojianDb db, DispositionRecord disposition, DispositionTrigger trigger, DateOnly day, CancellationToken cancellationToken)
    {
        if (GradingEvents.OfDisposition(disposition.Kind, trigger) is not { } outcome)
        {
            return null;
        }

        var reference = disposition.InspectionId is { } id
            ? await db.Inspections.IgnoreQueryFilters().Where(i => i.Id == id).Select(i => i.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        return await StageAsync(db, GradingOutcome.Of(disposition.EntityId, outcome, day, reference), cancellationToken);
    }

    /// <summary>After the save: the remaining visits of every entity whose grade changed follow its new grade.</summary>
    public async Task ReplanAsync(Caller caller, IEnumerable<StagedGradeChange?> changes, CancellationToken cancellationToken)
    {
        foreach (var day in changes.OfType<StagedGradeChange>().GroupBy(c => c.Day))
        {
            await replan.RunAsync(caller, day.Select(c => c.EntityId).Distinct().ToList(), day.Key, cancellationToken);
        }
    }

    public Task ReplanAsync(Caller caller, StagedGradeChange? change, CancellationToken cancellationToken) =>
        ReplanAsync(caller, [change], cancellationToken);

    internal static async Task<IReadOnlyList<GradingRule>> RulesInForceAsync(YaojianDb db, int year, CancellationToken cancellationToken) =>
        (await PlanInputs.PlanInForceAsync(db, year, cancellationToken))?.Grading ?? [];

    /// <summary>Decides and, when the grade moves, writes it and its reason on the (tracked) entity.</summary>
    internal static StagedGradeChange? Stage(RegulatedEntity entity, string unitCode, IReadOnlyList<GradingRule> rules, GradingOutcome outcome)
    {
        var facts = new PlanEntity(entity.Code, entity.Kind, unitCode, entity.Area, entity.CreditGrade, entity.DeviceTier, entity.Status, entity.Tags);
        if (CreditGrading.Decide(rules, facts, entity.CreditGrade, outcome.Events) is not { } decision)
        {
            return null;
        }

        entity.GradeHistory.Add(new CreditGradeChange
        {
            FromGrade = decision.From,
            ToGrade = decision.To,
            EffectiveOn = outcome.Day,
            Reason = GradingText.Reason(decision, outcome),
        });
        entity.CreditGrade = decision.To;
        return new StagedGradeChange(entity.Id, outcome.Day);
    }
}
