using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry.Grading;

/// <summary>
/// The year-end review (<c>clean_year</c>): every graded entity that was inspected in the year (a finished record or an
/// imported past inspection), with no finding in any of that year's finished records, no disposition issued and no case
/// registered against it that year, is graded by the rules of the year's plan file, effective 1 January of the next year, from which day its visits
/// are re-planned. Run twice for one year, it raises nobody twice.
/// </summary>
public sealed class GradeCleanYear(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ApplyCreditGrading grading)
{
    public const string Actor = "system:clean-year-job";

    /// <param name="rules">The grading rules to apply; when null, those of the plan file in force in that year.</param>
    public async Task<CleanYearResult> RunAsync(Caller caller, int year, IReadOnlyList<GradingRule>? rules = null, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ManagePlans))
        {
            return CleanYearResult.NotAllowed(year);
        }

        if (clock.Today() < GradingOutcome.CleanYearDay(year))
        {
            return CleanYearResult.Refused(year, EnumText.Format(Text.Grading_YearNotOver, year));
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        rules ??= await ApplyCreditGrading.RulesInForceAsync(db, year, cancellationToken);
        if (!rules.Any(r => r.When.Contains(GradingEvent.CleanYear)))
        {
            return CleanYearResult.Refused(year, EnumText.Format(Text.Grading_NoCleanYearRule, year));
        }

        var clean = await CleanEntitiesAsync(db, year, cancellationToken);
        var day = GradingOutcome.CleanYearDay(year);
        var source = GradingOutcome.OfCleanYear(0, year).Source(GradingEvent.CleanYear);
        var done = (await db.CreditGradeChanges.Where(g => g.EffectiveOn == day && g.Reason.StartsWith(source))
            .Select(g => g.EntityId).ToListAsync(cancellationToken)).ToHashSet();
        var entities = await db.Entities
            .Where(e => clean.Contains(e.Id) && e.CreditGrade != null && e.Status != EntityStatus.Closed && e.Status != EntityStatus.Revoked).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        var staged = entities.Where(e => !done.Contains(e.Id))
            .Select(e => ApplyCreditGrading.Stage(e, units[e.UnitId], rules, GradingOutcome.OfCleanYear(e.Id, year)))
            .OfType<StagedGradeChange>()
            .ToList();
        await db.SaveChangesAsync(cancellationToken);
        await grading.ReplanAsync(caller, staged, cancellationToken);
        return new CleanYearResult(year, entities.Count, staged.Count, entities.Count(e => done.Contains(e.Id)));
    }

    /// <summary>The ids of the entities inspected in the year with nothing found and nothing issued.</summary>
    private async Task<List<int>> CleanEntitiesAsync(YaojianDb db, int year, CancellationToken cancellationToken)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var inspected = await db.InspectionHistory.Where(h => h.InspectedOn >= first && h.InspectedOn <= last)
            .Select(h => h.EntityId).Distinct().ToListAsync(cancellationToken);

        // Instants are compared here rather than in SQL: SQLite cannot order DateTimeOffset values.
        var found = await db.Inspections.IgnoreQueryFilters()
            .Where(i => i.Status == InspectionStatus.Finished && i.Findings.Count > 0)
            .Select(i => new { i.EntityId, i.StartedAt }).ToListAsync(cancellationToken);
        var issued = await db.DispositionEvents.Where(e => e.Trigger == DispositionTrigger.Issue)
            .Join(db.Dispositions.IgnoreQueryFilters(), e => e.DispositionId, d => d.Id, (e, d) => new { d.EntityId, e.At })
            .ToListAsync(cancellationToken);
        var cased = await db.Cases.IgnoreQueryFilters().Where(c => c.EntityId != null && c.RegisteredOn >= first && c.RegisteredOn <= last)
            .Select(c => c.EntityId!.Value).ToListAsync(cancellationToken);
        var blemished = found.Where(i => InYear(i.StartedAt, year)).Select(i => i.EntityId)
            .Concat(issued.Where(d => InYear(d.At, year)).Select(d => d.EntityId))
            .Concat(cased)
            .ToHashSet();
        return inspected.Where(id => !blemished.Contains(id)).ToList();
    }

    private bool InYear(DateTimeOffset at, int year) => TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).Year == year;
}
