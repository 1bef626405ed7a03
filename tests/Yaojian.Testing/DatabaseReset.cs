using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Audit;
using Yaojian.Core.Data;

namespace Yaojian.Testing;

/// <summary>
/// Empties the plans, the registry, the accounts and the audit trail and puts back <see cref="TestUnits"/>, so each test starts
/// from the same state.
/// </summary>
public static class DatabaseReset
{
    public static async Task ResetAsync(YaojianDb db, CancellationToken cancellationToken = default)
    {
        await db.RiskDecisions.ExecuteDeleteAsync(cancellationToken);
        await db.RiskEvents.ExecuteDeleteAsync(cancellationToken);
        await db.RiskMeasures.ExecuteDeleteAsync(cancellationToken);
        await db.RiskEntities.ExecuteDeleteAsync(cancellationToken);
        await db.Risks.ExecuteDeleteAsync(cancellationToken);
        await db.RiskMeetingAttendees.ExecuteDeleteAsync(cancellationToken);
        await db.RiskMeetings.ExecuteDeleteAsync(cancellationToken);
        await db.SampleSamplers.ExecuteDeleteAsync(cancellationToken);
        await db.Samples.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.ClueEvents.ExecuteDeleteAsync(cancellationToken);
        await db.Clues.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(c => c.GroupId, (int?)null), cancellationToken);
        await db.Clues.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.CaseEvents.ExecuteDeleteAsync(cancellationToken);
        await db.CasePenalties.ExecuteDeleteAsync(cancellationToken);
        await db.CasePersons.ExecuteDeleteAsync(cancellationToken);
        await db.CasePartners.ExecuteDeleteAsync(cancellationToken);
        await db.Cases.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.EvidenceFiles.ExecuteDeleteAsync(cancellationToken);
        await db.EvidenceContents.ExecuteDeleteAsync(cancellationToken);
        await db.DispositionEvents.ExecuteDeleteAsync(cancellationToken);
        await db.Dispositions.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);

        // SQLite checks a self-reference row by row: cut the links (a repeat, a correction) before deleting.
        await db.Findings.ExecuteUpdateAsync(s => s.SetProperty(f => f.RepeatOfFindingId, (int?)null), cancellationToken);
        await db.Inspections.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(i => i.PreviousVersionId, (int?)null), cancellationToken);
        await db.InspectionSignatures.ExecuteDeleteAsync(cancellationToken);
        await db.Findings.ExecuteDeleteAsync(cancellationToken);
        await db.ChecklistAnswers.ExecuteDeleteAsync(cancellationToken);
        await db.InspectionInspectors.ExecuteDeleteAsync(cancellationToken);
        await db.Inspections.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.VisitChanges.ExecuteDeleteAsync(cancellationToken);
        await db.VisitInspectors.ExecuteDeleteAsync(cancellationToken);
        await db.PlanVisits.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.Plans.ExecuteDeleteAsync(cancellationToken);
        await db.PlanFiles.ExecuteDeleteAsync(cancellationToken);
        await db.InspectionHistory.ExecuteDeleteAsync(cancellationToken);
        await db.InspectorConflicts.ExecuteDeleteAsync(cancellationToken);
        await db.Inspectors.ExecuteDeleteAsync(cancellationToken);
        await db.CreditGradeChanges.ExecuteDeleteAsync(cancellationToken);
        await db.Licences.ExecuteDeleteAsync(cancellationToken);
        await db.Pharmacists.ExecuteDeleteAsync(cancellationToken);
        await db.Entities.ExecuteDeleteAsync(cancellationToken);
        await db.Products.ExecuteDeleteAsync(cancellationToken);
        await db.Units.ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.ExecuteDeleteAsync(cancellationToken);
        await db.Users.ExecuteDeleteAsync(cancellationToken);
        await db.AuditRecords.ExecuteDeleteAsync(cancellationToken);
        await db.AuditHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, 0).SetProperty(h => h.LastHash, AuditChain.Genesis), cancellationToken);
        db.Units.AddRange(TestUnits.Create());
        await db.SaveChangesAsync(cancellationToken);
    }
}
