using Stateless;
using static Yaojian.Core.Cases.CaseState;
using static Yaojian.Core.Cases.CaseTrigger;
using Firing = Stateless.StateMachine<Yaojian.Core.Cases.CaseState, Yaojian.Core.Cases.CaseTrigger>.TriggerWithParameters<Yaojian.Core.Cases.CaseFiring>;
using Guard = System.Tuple<System.Func<Yaojian.Core.Cases.CaseFiring, bool>, string>;

namespace Yaojian.Core.Cases;

/// <summary>
/// The case's Stateless machine over the case's own state. Its edges are <see cref="Edges"/>: 立案 → 调查取证 → 处罚决定 →
/// 执行 → 结案, the closes without a penalty (不予处罚, 撤销立案), the transfer to the police (行刑衔接) until they answer, and
/// the steps that leave the state as it is (an extension, a person or partner added, publication, the typical-case mark).
/// The guards a trigger needs come once from <see cref="CaseTriggerRequirements"/>.
/// </summary>
internal sealed class CaseMachine
{
    public static readonly IReadOnlyList<CaseTransition> Edges =
    [
        new(New, Register, Registered),
        new(Registered, Investigate, Investigating),
        new(Registered, ExtendTimeLimit, Registered),
        new(Registered, AddPerson, Registered),
        new(Registered, AddPartner, Registered),
        new(Registered, Revoke, Revoked),
        new(Investigating, ExtendTimeLimit, Investigating),
        new(Investigating, AddPerson, Investigating),
        new(Investigating, AddPartner, Investigating),
        new(Investigating, Decide, Decided),
        new(Investigating, DecideNoPenalty, NotPenalised),
        new(Investigating, Revoke, Revoked),
        new(Investigating, TransferToPolice, Transferred),
        new(Transferred, PoliceAccept, PoliceAccepted),
        new(Transferred, PoliceFile, PoliceFiled),
        new(Transferred, PoliceDecline, Investigating),
        new(PoliceAccepted, PoliceFile, PoliceFiled),
        new(PoliceAccepted, PoliceDecline, Investigating),
        new(PoliceFiled, Close, Closed),
        new(Decided, Execute, Executed),
        new(Decided, Publish, Decided),
        new(Decided, MarkTypical, Decided),
        new(Executed, Publish, Executed),
        new(Executed, MarkTypical, Executed),
        new(Executed, Close, Closed),
        new(Closed, Publish, Closed),
        new(Closed, MarkTypical, Closed),
    ];

    private readonly Case _case;
    private readonly StateMachine<CaseState, CaseTrigger> _machine;
    private readonly Dictionary<CaseTrigger, Firing> _triggers;

    public CaseMachine(Case legalCase)
    {
        _case = legalCase;
        _machine = new StateMachine<CaseState, CaseTrigger>(() => _case.State, s => _case.State = s);
        _triggers = Enum.GetValues<CaseTrigger>().ToDictionary(t => t, _machine.SetTriggerParameters<CaseFiring>);
        foreach (var edge in Edges)
        {
            var configuration = _machine.Configure(edge.From);
            if (edge.From == edge.To)
            {
                configuration.PermitReentryIf(_triggers[edge.Trigger], GuardsOf(edge.Trigger));
            }
            else
            {
                configuration.PermitIf(_triggers[edge.Trigger], edge.To, GuardsOf(edge.Trigger));
            }
        }
    }

    public IReadOnlyList<CaseTrigger> Permitted => [.. Edges.Where(e => e.From == _case.State).Select(e => e.Trigger)];

    /// <summary>Why <paramref name="firing"/> cannot happen now, or null when it can.</summary>
    public CaseRefusal? Refusal(CaseFiring firing)
    {
        if (_machine.CanFire(_triggers[firing.Step.Trigger], firing, out var unmet))
        {
            return null;
        }

        return unmet is { Count: > 0 } ? unmet.Select(Enum.Parse<CaseRefusal>).Min() : CaseRefusal.NotPermitted;
    }

    public void Fire(CaseFiring firing) => _machine.Fire(_triggers[firing.Step.Trigger], firing);

    /// <summary>The machine's edges as Stateless holds them: what the tests hold against <see cref="Edges"/>.</summary>
    public IReadOnlyList<CaseTransition> Defined() =>
    [
        .. _machine.GetInfo().States.SelectMany(s => s.FixedTransitions.Select(t => new CaseTransition(
            (CaseState)s.UnderlyingState, (CaseTrigger)t.Trigger.UnderlyingTrigger, (CaseState)t.DestinationState.UnderlyingState))),
    ];

    private Guard[] GuardsOf(CaseTrigger trigger) =>
    [
        .. When(CaseTriggerRequirements.NeedsReason(trigger), CaseRefusal.ReasonRequired, f => Given(f.Step.Reason)),
        .. When(CaseTriggerRequirements.NeedsNewDueOn(trigger), CaseRefusal.DueDateRequired, f => f.Step.NewDueOn is not null),
        .. When(CaseTriggerRequirements.NeedsNewDueOn(trigger), CaseRefusal.DueDateNotLater,
            f => f.Step.NewDueOn is not { } due || _case.DecisionDueOn is not { } current || due > current),
        .. When(CaseTriggerRequirements.NeedsDecision(trigger), CaseRefusal.DecisionNumberRequired, f => Given(f.Step.DecisionNumber)),
        .. When(CaseTriggerRequirements.NeedsDecision(trigger), CaseRefusal.PenaltyRequired, f => f.Step.Penalties is { Count: > 0 }),
        .. When(CaseTriggerRequirements.NeedsDecision(trigger), CaseRefusal.PenaltyInvalid,
            f => CasePenaltyRules.Problems(f.Step.Penalties ?? [], _case.Persons, _case.PartyIsPerson).Count == 0),
        .. When(CaseTriggerRequirements.NeedsReceiver(trigger), CaseRefusal.ReceiverRequired, f => Given(f.Step.Receiver)),
        .. When(CaseTriggerRequirements.NeedsResult(trigger), CaseRefusal.ResultRequired, f => Given(f.Step.ResultText)),
        .. When(CaseTriggerRequirements.NeedsPerson(trigger), CaseRefusal.PersonRequired,
            f => Given(f.Step.Person?.Name) && f.Step.Person is { } p && Enum.IsDefined(p.Role)),
        .. When(CaseTriggerRequirements.NeedsPartner(trigger), CaseRefusal.PartnerRequired,
            f => Given(f.Step.Partner?.Bureau) && f.Step.Partner is { } p && Enum.IsDefined(p.Role)),
        .. When(CaseTriggerRequirements.NeedsWriteUp(trigger), CaseRefusal.WriteUpRequired, f => Given(f.Step.WriteUp)),
        .. When(trigger == Publish, CaseRefusal.AlreadyPublished, _ => _case.PublishedAt is null),
    ];

    private static bool Given(string? text) => !string.IsNullOrWhiteSpace(text);

    private static Guard[] When(bool needed, CaseRefusal refusal, Func<CaseFiring, bool> holds) =>
        needed ? [new Guard(holds, refusal.ToString())] : [];
}
