using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Security;

namespace Yaojian.Core.Cases;

/// <summary>
/// Loads stored cases and shows them to whoever lacks the personal-data right with persons' names masked, and every free
/// text (the cause, what is known, the facts, the steps' reasons…) masked by <see cref="PublicText"/>.
/// </summary>
internal static class CaseViews
{
    public static IQueryable<Case> WithParts(IQueryable<Case> cases) =>
        cases.Include(c => c.Persons).Include(c => c.Penalties).Include(c => c.Partners).Include(c => c.Events).AsSplitQuery();

    public static async Task<IReadOnlyList<CaseView>> ViewsAsync(
        YaojianDb db, Caller caller, IReadOnlyList<Case> cases, DateOnly today, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var unitIds = cases.Select(c => c.UnitId).Distinct().ToList();
        var units = await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name })
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var limits = new Dictionary<int, CaseTimeLimits>();
        foreach (var year in cases.Select(c => c.RegisteredOn.Year).Distinct())
        {
            limits[year] = await CaseLimitsInForce.ForAsync(db, year, cancellationToken);
        }

        var personal = caller.Can(Permission.ViewPersonalData);
        var masks = personal ? null : await PublicText.ForAsync(db, cases, cancellationToken);
        return
        [
            .. cases.Select(c =>
            {
                var caseLimits = CaseLimitRules.Of(c, limits[c.RegisteredOn.Year], today, zone);
                return new CaseView(
                    c.Id, c.Number, masks is null ? c.Cause : masks[c.Id].Mask(c.Cause)!, c.EntityId, Party(c, personal), c.PartyIsPerson, c.ProductName,
                    c.UnitId, units.GetValueOrDefault(c.UnitId, string.Empty), c.State, c.RegisteredOn, c.DecidedOn, c.DecisionNumber,
                    caseLimits, caseLimits.Any(l => l.Overdue), c.PublishedAt is not null, c.Typical, c.Partners.Count > 0, c.DispositionId);
            }),
        ];
    }

    public static async Task<CaseDetail> DetailAsync(YaojianDb db, Caller caller, Case c, DateOnly today, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var view = (await ViewsAsync(db, caller, [c], today, zone, cancellationToken))[0];
        var personal = caller.Can(Permission.ViewPersonalData);
        var mask = personal ? PublicText.None : (await PublicText.ForAsync(db, [c], cancellationToken))[c.Id];
        string? Shown(string? text) => personal ? text : mask.Mask(text);
        var persons = c.Persons.OrderBy(p => p.No).ToList();
        var clues = await db.Clues.IgnoreQueryFilters().AsNoTracking().Where(k => k.CaseId == c.Id).OrderBy(k => k.Id)
            .Select(k => new CaseClueView(k.Id, k.Number, k.Source, k.Status)).ToListAsync(cancellationToken);
        var limits = await CaseLimitsInForce.ForAsync(db, c.RegisteredOn.Year, cancellationToken);
        var events = c.Events.OrderBy(e => e.Id).ToList();
        var names = await ResolveDisplayNames.InAsync(db, [.. events.Select(e => e.Actor), c.PublishedBy], cancellationToken);
        return new CaseDetail(
            view, Shown(c.Summary), c.DecisionDueOn, Shown(c.DecisionSummary), c.ExecutedOn, Shown(c.Execution), c.ClosedOn, c.PublishedAt, c.PublishedBy,
            c.PoliceUnit, c.TransferredOn, c.PoliceAcceptedOn, c.PoliceAnsweredOn, Shown(c.PoliceResult), Shown(c.TypicalWriteUp),
            [.. persons.Select(p => new CasePersonView(p.No, personal ? p.Name : Masking.PersonName(p.Name)!, p.Role, personal ? p.IdNumber : Masking.IdNumber(p.IdNumber)))],
            [.. c.Penalties.OrderBy(p => p.Id).Select(p => new CasePenaltyView(p.Kind, p.PersonNo, Target(p, persons, view.PartyName, personal), p.Amount, Shown(p.Detail)))],
            [.. c.Partners.OrderBy(p => p.Id).Select(p => new CasePartnerView(p.Bureau, p.Role, Shown(p.Note)))],
            clues,
            [
                .. events.Select(e => new CaseEventView(e.From, e.To, e.Trigger, e.Actor, e.At, Shown(e.Reason), Shown(e.Text), e.DueOn,
                    names[e.Actor], e.On ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.At, zone).DateTime), e.ApprovedBy)),
            ],
            CaseWorkflow.PermittedTriggers(c),
            CaseTransitions.AwaitsDecision(c.State) ? limits.Extended(limits.ForCase(CaseLimitKind.Decide)?.Extend, c.DecisionDueOn) : null,
            c.ApprovedBy,
            CaseLimitRules.PublishedOn(c, zone),
            c.PublishedBy is { } by ? names[by] : null,
            CaseTransitions.IsDecided(c.State) && c.DecisionNumber is not null && CasePenaltyRules.WarningsOnly(c.Penalties.Select(p => p.Kind))
                ? Resources.Text.CaseRefusal_WarningsOnlyNotPublished
                : null);
    }

    public static string Party(Case c, bool personal) => c.PartyIsPerson && !personal ? Masking.PersonName(c.PartyName)! : c.PartyName;

    /// <summary>Whom a penalty falls on, as the viewer may see it: the party, or the person (张**（直接负责的主管人员）).</summary>
    public static string Target(CasePenalty penalty, IReadOnlyList<CasePerson> persons, string party, bool personal) =>
        penalty.PersonNo is { } no && persons.FirstOrDefault(p => p.No == no) is { } person
            ? EnumText.Format(Resources.Text.Cases_PersonWithRole, personal ? person.Name : Masking.PersonName(person.Name), EnumText.Of(person.Role))
            : party;
}
