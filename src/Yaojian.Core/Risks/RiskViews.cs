using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>Loads stored risks and shows them, with the names behind their ids read once per list.</summary>
internal static class RiskViews
{
    public static IQueryable<Risk> Whole(YaojianDb db) =>
        db.Risks.Include(r => r.Entities).Include(r => r.Events).Include(r => r.Measures).AsSplitQuery();

    public static RiskLoop ToLoop(Risk risk) =>
        RiskLoop.Restore(risk.Stage, risk.Measures.Select(m => m.Status),
            risk.Events.OrderBy(e => e.Id).Select(e => new RiskEvent(e.From, e.To, e.Trigger, e.Actor, e.At, e.Reason, e.MeetingId)));

    /// <summary>Copies the loop's stage and its events not stored yet back into the record (in UTC, as PostgreSQL keeps them).</summary>
    public static void Apply(RiskLoop loop, Risk risk)
    {
        risk.Stage = loop.Stage;
        foreach (var e in loop.Events.Skip(risk.Events.Count))
        {
            risk.Events.Add(new RiskEventRecord { From = e.From, To = e.To, Trigger = e.Trigger, Actor = e.Actor, At = e.At.ToUniversalTime(), Reason = e.Reason, MeetingId = e.MeetingId });
        }
    }

    /// <summary>The risk consultation section of the plan file in force in <paramref name="year"/>.</summary>
    public static async Task<RiskConsultationPlan> PlanAsync(YaojianDb db, int year, CancellationToken cancellationToken) =>
        (await PlanInputs.PlanInForceAsync(db, year, cancellationToken))?.RiskConsultation ?? RiskConsultationPlan.None;

    public static DateOnly Today(TimeProvider clock) => clock.Today();

    public static async Task<string> NextNumberAsync(YaojianDb db, int year, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"风险〔{year}〕第");
        var stored = await db.Risks.CountAsync(r => r.Number.StartsWith(prefix), cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{stored + 1:D3}号");
    }

    public static async Task<RiskView> ViewAsync(YaojianDb db, Risk risk, DateOnly today, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(db, today.Year, cancellationToken);
        var units = await UnitNamesAsync(db, [risk.UnitId, .. risk.Measures.Select(m => m.OwnerUnitId)], cancellationToken);
        var entityIds = risk.Entities.Select(e => e.EntityId).ToList();
        var entities = await db.Entities.IgnoreQueryFilters().Where(e => entityIds.Contains(e.Id))
            .Select(e => new RiskEntityRef(e.Id, e.Name)).ToListAsync(cancellationToken);
        var clueNumber = risk.ClueId is { } clueId
            ? await db.Clues.IgnoreQueryFilters().Where(c => c.Id == clueId).Select(c => c.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        var decisions = await db.RiskDecisions.AsNoTracking().Where(d => d.RiskId == risk.Id)
            .Join(db.RiskMeetings, d => d.MeetingId, m => m.Id, (d, m) => new { d, m.Area, m.Year, m.Quarter, m.HeldOn })
            .OrderBy(x => x.HeldOn).ThenBy(x => x.d.Id).ToListAsync(cancellationToken);
        var loop = ToLoop(risk);
        var names = await ResolveDisplayNames.InAsync(db, [.. risk.Events.Select(e => e.Actor), .. risk.Measures.Select(m => m.FinishedBy), .. decisions.Select(x => x.d.DecidedBy)], cancellationToken);
        return new RiskView(
            Summary(risk, plan, units, today),
            risk.Description, risk.SourceRef, risk.ClueId, clueNumber, risk.CaseId, risk.CaseNumber, risk.ProductId,
            risk.ProductName ?? await ProductNameAsync(db, risk.ProductId, cancellationToken), risk.AreaClass, risk.Place,
            [.. entities.OrderBy(e => e.Id)],
            [.. risk.Measures.OrderBy(m => m.Deadline).ThenBy(m => m.Id).Select(m => Measure(m, risk, units, today, names))],
            [.. loop.Events.Select(e => e with { ActorName = names[e.Actor] })],
            [.. decisions.Select(x => new RiskDecisionView(x.d.MeetingId, MeetingTitles.Of(plan, x.Area, x.Year, x.Quarter), x.HeldOn, x.d.Kind, x.d.Conclusion, x.d.Level, x.d.DecidedBy, names[x.d.DecidedBy]))],
            [.. loop.PermittedTriggers.Where(t => !RiskTransitions.NeedsMeeting(t))]);
    }

    public static RiskSummary Summary(Risk risk, RiskConsultationPlan plan, IReadOnlyDictionary<int, string> units, DateOnly today)
    {
        var open = risk.Measures.Where(m => m.Status == MeasureStatus.Open).ToList();
        return new RiskSummary(
            risk.Id, risk.Number, risk.Title, risk.Area, risk.Class, risk.Level, plan.LevelOf(risk.Level)?.Name, risk.Source, risk.Stage,
            risk.UnitId, units.GetValueOrDefault(risk.UnitId, string.Empty), risk.RaisedOn, open.Count,
            open.Count(m => MeasureRules.IsOverdue(m.Status, m.Deadline, today)),
            open.Count == 0 ? null : open.Min(m => m.Deadline));
    }

    public static MeasureView Measure(RiskMeasure m, Risk risk, IReadOnlyDictionary<int, string> units, DateOnly today, IReadOnlyDictionary<string, string> names) =>
        new(m.Id, risk.Id, risk.Number, risk.Title, m.MeetingId, m.Text, m.OwnerUnitId, units.GetValueOrDefault(m.OwnerUnitId, string.Empty), m.OwnerPerson,
            m.Deadline, m.Status, MeasureRules.IsOverdue(m.Status, m.Deadline, today), MeasureRules.DaysOverdue(m.Status, m.Deadline, today),
            m.Result, m.FinishedOn, m.FlaggedOverdueAt, m.FinishedBy is null ? null : names[m.FinishedBy]);

    public static async Task<Dictionary<int, string>> UnitNamesAsync(YaojianDb db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }

    private static async Task<string?> ProductNameAsync(YaojianDb db, int? productId, CancellationToken cancellationToken) =>
        productId is { } id ? await db.Products.Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) : null;
}
