using Stateless;
using static Yaojian.Core.Cases.CaseCondition;
using static Yaojian.Core.Cases.CaseState;
using static Yaojian.Core.Cases.CaseTrigger;
using Firing = Stateless.StateMachine<Yaojian.Core.Cases.CaseState, Yaojian.Core.Cases.CaseTrigger>.TriggerWithParameters<Yaojian.Core.Cases.CaseFiring>;
using Guard = System.Tuple<System.Func<Yaojian.Core.Cases.CaseFiring, bool>, string>;

namespace Yaojian.Core.Cases;

/// <summary>
/// The case's Stateless machine over the case's own state. Its edges are <see cref="Edges"/>: 立案 → 调查取证 → 处罚决定 →
/// 执行 → 结案, the closes without a penalty (不予处罚, 撤销立案), the steps that leave the state as it is (an extension, a
/// person or partner added, publication, the typical-case mark), and the transfer to the police (行刑衔接): before a
/// decision the case goes to them until they answer — declined, it comes back to the investigation; filed, it may still
/// be decided (吊销、行业禁入) and executed before it closes — and after a decision the transfer and the police's answer
/// run beside it, the case not closing while an answer is awaited. The guards a trigger needs come once from
/// <see cref="CaseTriggerRequirements"/>; an edge's <see cref="CaseCondition"/> is checked before them.
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
        new(Transferred, ExtendPoliceAnswer, Transferred),
        new(PoliceAccepted, PoliceFile, PoliceFiled),
        new(PoliceAccepted, PoliceDecline, Investigating),
        new(PoliceAccepted, ExtendPoliceAnswer, PoliceAccepted),
        new(PoliceFiled, AddPerson, PoliceFiled),
        new(PoliceFiled, Decide, Decided),
        new(PoliceFiled, Close, Closed),
        new(Decided, Execute, Executed),
        new(Decided, Publish, Decided),
        new(Decided, MarkTypical, Decided),
        new(Decided, TransferToPolice, Decided, NotAwaitingPolice),
        new(Decided, PoliceAccept, Decided, AwaitingPoliceAcceptance),
        new(Decided, PoliceFile, Decided, AwaitingPolice),
        new(Decided, PoliceDecline, Decided, AwaitingPolice),
        new(Decided, ExtendPoliceAnswer, Decided, AwaitingPolice),
        new(Executed, Publish, Executed),
        new(Executed, MarkTypical, Executed),
        new(Executed, TransferToPolice, Executed, NotAwaitingPolice),
        new(Executed, PoliceAccept, Executed, AwaitingPoliceAcceptance),
        new(Executed, PoliceFile, Executed, AwaitingPolice),
        new(Executed, PoliceDecline, Executed, AwaitingPolice),
        new(Executed, ExtendPoliceAnswer, Executed, AwaitingPolice),
        new(Executed, Close, Closed, NotAwaitingPolice),
        new(Closed, Publish, Closed, DecisionMade),
        new(Closed, MarkTypical, Closed, DecisionMade),
    ];

    private const string ConditionPrefix = "When:";

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
            Guard[] guards = [.. ConditionGuard(edge.When), .. GuardsOf(edge.Trigger)];
            if (edge.From == edge.To)
            {
                configuration.PermitReentryIf(_triggers[edge.Trigger], guards);
            }
            else
            {
                configuration.PermitIf(_triggers[edge.Trigger], edge.To, guards);
            }
        }
    }

    /// <summary>The triggers the case's state accepts now, their conditions holding.</summary>
    public IReadOnlyList<CaseTrigger> Permitted => [.. Edges.Where(e => e.From == _case.State && Holds(e.When)).Select(e => e.Trigger).Distinct()];

    /// <summary>Transferred to the police, who have not answered yet.</summary>
    public static bool AwaitsPolice(Case c) => c.TransferredOn is not null && c.PoliceAnsweredOn is null;

    /// <summary>Why <paramref name="firing"/> cannot happen now, or null when it can.</summary>
    public CaseRefusal? Refusal(CaseFiring firing)
    {
        var edges = Edges.Where(e => e.From == _case.State && e.Trigger == firing.Step.Trigger).ToList();
        if (edges.Count == 0)
        {
            return CaseRefusal.NotPermitted;
        }

        if (!edges.Any(e => Holds(e.When)))
        {
            return Unmet(edges[0].When);
        }

        if (_machine.CanFire(_triggers[firing.Step.Trigger], firing, out var unmet))
        {
            return null;
        }

        var refusals = unmet?.Where(d => !d.StartsWith(ConditionPrefix, StringComparison.Ordinal)).Select(Enum.Parse<CaseRefusal>).ToList() ?? [];
        return refusals.Count > 0 ? refusals.Min() : CaseRefusal.NotPermitted;
    }

    public void Fire(CaseFiring firing) => _machine.Fire(_triggers[firing.Step.Trigger], firing);

    /// <summary>The machine's edges as Stateless holds them, conditions included: what the tests hold against <see cref="Edges"/>.</summary>
    public IReadOnlyList<CaseTransition> Defined() =>
    [
        .. _machine.GetInfo().States.SelectMany(s => s.FixedTransitions.Select(t => new CaseTransition(
            (CaseState)s.UnderlyingState, (CaseTrigger)t.Trigger.UnderlyingTrigger, (CaseState)t.DestinationState.UnderlyingState,
            t.GuardConditionsMethodDescriptions.Select(g => g.Description).Where(d => d.StartsWith(ConditionPrefix, StringComparison.Ordinal))
                .Select(d => Enum.Parse<CaseCondition>(d[ConditionPrefix.Length..])).DefaultIfEmpty(Always).Single()))),
    ];

    /// <summary>The latest day a step took effect so far: no step may take effect before it.</summary>
    public static DateOnly? LastOn(Case c, TimeSpan offset) =>
        c.Events.Count == 0 ? null : c.Events.Max(e => e.On ?? DateOnly.FromDateTime(e.At.ToOffset(offset).DateTime));

    private bool Holds(CaseCondition condition) => condition switch
    {
        Always => true,
        AwaitingPolice => AwaitsPolice(_case),
        AwaitingPoliceAcceptance => AwaitsPolice(_case) && _case.PoliceAcceptedOn is null,
        NotAwaitingPolice => !AwaitsPolice(_case),
        DecisionMade => _case.DecisionNumber is not null,
    };

    private static CaseRefusal Unmet(CaseCondition condition) => condition switch
    {
        Always or AwaitingPolice or AwaitingPoliceAcceptance or DecisionMade => CaseRefusal.NotPermitted,
        NotAwaitingPolice => CaseRefusal.AwaitingPolice,
    };

    private Guard[] ConditionGuard(CaseCondition condition) =>
        condition == Always ? [] : [new Guard(_ => Holds(condition), ConditionPrefix + condition)];

    private Guard[] GuardsOf(CaseTrigger trigger) =>
    [
        .. When(CaseTriggerRequirements.NeedsReason(trigger), CaseRefusal.ReasonRequired, f => Given(f.Step.Reason)),
        .. When(CaseTriggerRequirements.NeedsNewDueOn(trigger), CaseRefusal.DueDateRequired, f => f.Step.NewDueOn is not null),
        .. When(CaseTriggerRequirements.NeedsNewDueOn(trigger), CaseRefusal.DueDateNotLater,
            f => f.Step.NewDueOn is not { } due || CurrentDue(trigger) is not { } current || due > current),
        .. When(CaseTriggerRequirements.NeedsDecision(trigger), CaseRefusal.DecisionNumberRequired, f => Given(f.Step.DecisionNumber)),
        .. When(CaseTriggerRequirements.NeedsDecision(trigger), CaseRefusal.PenaltyRequired, f => f.Step.Penalties is { Count: > 0 }),
        .. When(CaseTriggerRequirements.NeedsDecision(trigger), CaseRefusal.PenaltyInvalid,
            f => CasePenaltyRules.Problems(f.Step.Penalties ?? [], _case.Persons, _case.PartyIsPerson).Count == 0),
        .. When(CaseTriggerRequirements.NeedsReceiver(trigger), CaseRefusal.ReceiverRequired, f => Given(f.Step.Receiver)),
        .. When(CaseTriggerRequirements.NeedsResult(trigger), CaseRefusal.ResultRequired, f => Given(f.Step.ResultText)),
        .. When(CaseTriggerRequirements.NeedsPerson(trigger), CaseRefusal.PersonRequired,
            f => Given(f.Step.Person?.Name) && f.Step.Person is { } p && Enum.IsDefined(p.Role)),
        .. When(CaseTriggerRequirements.NeedsPerson(trigger), CaseRefusal.IdNumberInvalid, f => CaseTexts.IdNumberFits(f.Step.Person?.IdNumber)),
        .. When(CaseTriggerRequirements.NeedsPartner(trigger), CaseRefusal.PartnerRequired,
            f => Given(f.Step.Partner?.Bureau) && f.Step.Partner is { } p && Enum.IsDefined(p.Role)),
        .. When(CaseTriggerRequirements.NeedsWriteUp(trigger), CaseRefusal.WriteUpRequired, f => Given(f.Step.WriteUp)),
        .. When(trigger == Publish, CaseRefusal.AlreadyPublished, _ => _case.PublishedAt is null),
        .. When(trigger == Publish, CaseRefusal.WarningsOnlyNotPublished, _ => !CasePenaltyRules.WarningsOnly(_case.Penalties.Select(p => p.Kind))),
        new Guard(f => CaseTexts.StepProblems(f.Step).Count == 0, nameof(CaseRefusal.TextTooLong)),
        new Guard(f => f.On <= f.Today, nameof(CaseRefusal.DateInFuture)),
        new Guard(f => LastOn(_case, f.Now.Offset) is not { } last || f.On >= last, nameof(CaseRefusal.DateBeforePrevious)),
    ];

    private DateOnly? CurrentDue(CaseTrigger trigger) => trigger == ExtendPoliceAnswer ? _case.PoliceAnswerDueOn : _case.DecisionDueOn;

    private static bool Given(string? text) => !string.IsNullOrWhiteSpace(text);

    private static Guard[] When(bool needed, CaseRefusal refusal, Func<CaseFiring, bool> holds) =>
        needed ? [new Guard(holds, refusal.ToString())] : [];
}
