using Stateless;
using InputGuard = System.Tuple<System.Func<Yaojian.Core.Inspections.Dispositions.DispositionInput, bool>, string>;
using InputTrigger = Stateless.StateMachine<
    Yaojian.Core.Inspections.Dispositions.DispositionState,
    Yaojian.Core.Inspections.Dispositions.DispositionTrigger>.TriggerWithParameters<Yaojian.Core.Inspections.Dispositions.DispositionInput>;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// One kind's Stateless machine over state the aggregate keeps (its State and Deadline). The per-kind definitions only
/// name the edges; the guards a trigger needs are added here, once, from <see cref="TriggerRequirements"/>.
/// </summary>
internal sealed class DispositionMachine
{
    private readonly DispositionKind _kind;
    private readonly StateMachine<DispositionState, DispositionTrigger> _machine;
    private readonly Dictionary<DispositionTrigger, InputTrigger> _triggers;
    private readonly Func<DateOnly?> _deadline;
    private readonly Action<DateOnly> _setDeadline;
    private readonly HashSet<(DispositionState, DispositionTrigger)> _settingDeadline = [];

    public DispositionMachine(
        DispositionKind kind,
        Func<DispositionState> state,
        Action<DispositionState> setState,
        Func<DateOnly?> deadline,
        Action<DateOnly> setDeadline)
    {
        _kind = kind;
        _machine = new StateMachine<DispositionState, DispositionTrigger>(state, setState);
        _triggers = Enum.GetValues<DispositionTrigger>().ToDictionary(t => t, _machine.SetTriggerParameters<DispositionInput>);
        _deadline = deadline;
        _setDeadline = setDeadline;
        Action<DispositionMachine> define = kind switch
        {
            DispositionKind.RectificationOrder => RectificationOrderMachine.Define,
            DispositionKind.Warning => WarningMachine.Define,
            DispositionKind.ResponsibilityInterview => ResponsibilityInterviewMachine.Define,
            DispositionKind.RemotePharmacySuspension => RemotePharmacySuspensionMachine.Define,
            DispositionKind.Delisting => DelistingMachine.Define,
            DispositionKind.CaseFiling => CaseFilingMachine.Define,
            DispositionKind.Referral => ReferralMachine.Define,
        };
        define(this);
    }

    /// <summary>Issuing leaves <see cref="DispositionState.New"/> for the kind's first real state.</summary>
    public void IssueInto(DispositionState initial)
    {
        InputGuard[] guards = TriggerRequirements.RunsAgainstDeadline(_kind) ? [ReasonGiven, DeadlineGiven, DeadlineNotInPast] : [ReasonGiven, DeadlineNotInPast];
        Permit(DispositionState.New, DispositionTrigger.Issue, initial, guards);
    }

    public void Permit(DispositionState from, DispositionTrigger trigger, DispositionState to) => Permit(from, trigger, to, GuardsOf(trigger));

    public void OnTransitioned(Action<DispositionEvent> record) =>
        _machine.OnTransitioned(t =>
        {
            var input = (DispositionInput)t.Parameters[0];
            record(new DispositionEvent(t.Source, t.Destination, t.Trigger, input.Actor, input.Now, input.Reason, input.Data));
        });

    /// <summary>Why <paramref name="trigger"/> cannot fire now with <paramref name="input"/>, or null when it can.</summary>
    public DispositionRefusal? Refusal(DispositionTrigger trigger, DispositionInput input)
    {
        // A number that names no trigger (a client's 999) is refused like any step the state does not allow.
        if (!_triggers.TryGetValue(trigger, out var parameters))
            return DispositionRefusal.NotPermitted;
        if (_machine.CanFire(parameters, input, out var unmet))
            return null;
        return unmet is { Count: > 0 } ? unmet.Select(Enum.Parse<DispositionRefusal>).Min() : DispositionRefusal.NotPermitted;
    }

    public void Fire(DispositionTrigger trigger, DispositionInput input) => _machine.Fire(_triggers[trigger], input);

    public IReadOnlyList<DispositionTransition> Transitions() =>
    [
        .. _machine.GetInfo().States.SelectMany(s => s.FixedTransitions.Select(t => new DispositionTransition(
            (DispositionState)s.UnderlyingState,
            (DispositionTrigger)t.Trigger.UnderlyingTrigger,
            (DispositionState)t.DestinationState.UnderlyingState))),
    ];

    private void Permit(DispositionState from, DispositionTrigger trigger, DispositionState to, InputGuard[] guards)
    {
        var configuration = _machine.Configure(from);
        var parameters = _triggers[trigger];
        if (from == to)
            configuration.PermitReentryIf(parameters, guards);
        else
            configuration.PermitIf(parameters, to, guards);
        if ((trigger == DispositionTrigger.Issue || TriggerRequirements.NeedsNewDeadline(trigger)) && _settingDeadline.Add((to, trigger)))
            _machine.Configure(to).OnEntryFrom(parameters, SetDeadline);
    }

    private InputGuard[] GuardsOf(DispositionTrigger trigger) =>
    [
        .. TriggerRequirements.NeedsReason(trigger) ? [ReasonGiven] : Array.Empty<InputGuard>(),
        .. TriggerRequirements.NeedsNewDeadline(trigger) ? [DeadlineGiven, DeadlineNotInPast] : Array.Empty<InputGuard>(),
        .. trigger == DispositionTrigger.ExtendDeadline ? [DeadlineLater] : Array.Empty<InputGuard>(),
        .. TriggerRequirements.NeedsResult(trigger) ? [ResultGiven] : Array.Empty<InputGuard>(),
        .. trigger == DispositionTrigger.DeadlinePassed ? [DeadlineGone] : Array.Empty<InputGuard>(),
    ];

    private void SetDeadline(DispositionInput input)
    {
        if (input.Data?.NewDeadline is { } deadline)
            _setDeadline(deadline);
    }

    private static InputGuard ReasonGiven => Guard(DispositionRefusal.ReasonRequired, i => !string.IsNullOrWhiteSpace(i.Reason));

    private static InputGuard DeadlineGiven => Guard(DispositionRefusal.DeadlineRequired, i => i.Data?.NewDeadline is not null);

    private static InputGuard DeadlineNotInPast =>
        Guard(DispositionRefusal.DeadlineInPast, i => i.Data?.NewDeadline is not { } deadline || deadline >= i.Today);

    private InputGuard DeadlineLater =>
        Guard(DispositionRefusal.DeadlineNotExtended, i => i.Data?.NewDeadline is not { } deadline || _deadline() is not { } current || deadline > current);

    private static InputGuard ResultGiven => Guard(DispositionRefusal.ResultRequired, i => !string.IsNullOrWhiteSpace(i.Data?.ResultText));

    private InputGuard DeadlineGone => Guard(DispositionRefusal.DeadlineNotPassed, i => _deadline() is { } deadline && i.Today > deadline);

    private static InputGuard Guard(DispositionRefusal refusal, Func<DispositionInput, bool> holds) => new(holds, refusal.ToString());
}
