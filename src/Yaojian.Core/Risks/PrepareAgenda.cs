using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases;
using Yaojian.Core.Data;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;

namespace Yaojian.Core.Risks;

/// <summary>
/// The agenda of an area's meeting on a day, or of a meeting recorded (journey 5): new signals since the area's
/// previous meeting (the open clues the area's meeting weighs, <see cref="ClueAreas"/>, by source, not yet raised as
/// risks), risks not yet consulted, risks in follow-up, measures overdue on the day (<see cref="RiskAgenda"/>).
/// </summary>
public sealed class PrepareAgenda(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    private const string SamplePrefix = "sample:";

    public async Task<Agenda?> RunAsync(Caller caller, RiskArea area, DateOnly? day = null, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewRisks))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        return await PrepareAsync(db, area, day ?? RiskViews.Today(clock), null, cancellationToken);
    }

    /// <summary>The agenda of a meeting recorded, as of its day; null when there is no such meeting.</summary>
    public async Task<Agenda?> ForMeetingAsync(Caller caller, int meetingId, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewRisks))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var meeting = await db.RiskMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        return meeting is null ? null : await PrepareAsync(db, meeting.Area, meeting.HeldOn, meeting.Id, cancellationToken);
    }

    private static async Task<Agenda> PrepareAsync(YaojianDb db, RiskArea area, DateOnly day, int? meetingId, CancellationToken cancellationToken)
    {
        var last = await db.RiskMeetings.AsNoTracking()
            .Where(m => m.Area == area && m.Id != meetingId && (m.HeldOn < day || (meetingId != null && m.HeldOn == day && m.Id < meetingId)))
            .OrderByDescending(m => m.HeldOn).Select(m => (DateOnly?)m.HeldOn).FirstOrDefaultAsync(cancellationToken);

        // Signals are the bureau's: the agenda counts every unit's open clues, as the meeting weighs them all, but lists
        // the number, summary and entity of only those the caller may open (the context's filter); the others are counted.
        var clues = await db.Clues.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.GroupId == null && c.ReceivedOn <= day && (last == null || c.ReceivedOn > last))
            .Where(c => c.Status == ClueStatus.New || c.Status == ClueStatus.Verifying)
            .Select(c => new { c.Id, c.Source, c.Status, c.ReceivedOn, c.SourceRef, Kind = db.Entities.IgnoreQueryFilters().Where(e => e.Id == c.EntityId).Select(e => (EntityKind?)e.Kind).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var ids = clues.Select(c => c.Id).ToList();
        // Two queries, as IgnoreQueryFilters anywhere in a query lifts the filter from all of it.
        var visible = await db.Clues.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.Source, c.Status, c.ReceivedOn, c.Summary, c.EntityId }).ToListAsync(cancellationToken);
        var entityIds = visible.Select(c => c.EntityId).OfType<int>().Distinct().ToList();
        var entityNames = await db.Entities.IgnoreQueryFilters().AsNoTracking().Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var seen = visible.ToDictionary(c => c.Id, c => new AgendaClue(c.Id, c.Number, c.Source, c.Status, c.ReceivedOn, c.Summary, c.EntityId is { } e ? entityNames.GetValueOrDefault(e) : null));
        var sampleIds = clues.Where(c => c.Source == ClueSource.Sampling).Select(c => SampleOf(c.SourceRef)).OfType<int>().Distinct().ToList();
        var categories = await db.Samples.IgnoreQueryFilters().AsNoTracking().Where(s => sampleIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.CategoryId, cancellationToken);
        var candidates = clues.Select(c => new AgendaCandidate(c.Id, c.Source, c.Status, c.ReceivedOn,
            new ClueFacts(c.Kind, c.Source == ClueSource.Sampling && SampleOf(c.SourceRef) is { } sample ? categories.GetValueOrDefault(sample) : null),
            seen.GetValueOrDefault(c.Id))).ToList();
        var raised = (await db.Risks.Where(r => r.ClueId != null).Select(r => r.ClueId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var risks = await db.Risks.AsNoTracking().Where(r => r.Area == area && r.Stage != RiskStage.Closed)
            .Select(r => new AgendaRisk(r.Id, r.Number, r.Title, r.Area, r.Class, r.Stage, r.Level)).ToListAsync(cancellationToken);
        var measures = await db.RiskMeasures.AsNoTracking().Where(m => m.Status == MeasureStatus.Open && m.Deadline < day)
            .Join(db.Risks.Where(r => r.Area == area), m => m.RiskId, r => r.Id, (m, r) => new { m, r.Number, r.Area })
            .Join(db.Units, x => x.m.OwnerUnitId, u => u.Id, (x, u) => new AgendaMeasure(x.m.Id, x.m.RiskId, x.Number, x.Area, x.m.Text, u.Name, x.m.OwnerPerson, x.m.Status, x.m.Deadline))
            .ToListAsync(cancellationToken);
        var plan = await RiskViews.PlanAsync(db, day.Year, cancellationToken);
        return RiskAgenda.Prepare(new AgendaInput(area, day, last, candidates, raised, risks, measures, plan));
    }

    /// <summary>The sample a sampling clue came from: its reference is <c>sample:{id}</c>.</summary>
    private static int? SampleOf(string? sourceRef) =>
        sourceRef is { } text && text.StartsWith(SamplePrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(SamplePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
