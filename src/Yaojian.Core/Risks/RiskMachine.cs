using Stateless;
using static Yaojian.Core.Risks.RiskStage;
using static Yaojian.Core.Risks.RiskTrigger;
using StepGuard = System.Tuple<System.Func<Yaojian.Core.Risks.RiskStepInput, bool>, string>;
using StepTrigger = Stateless.StateMachine<Yaojian.Core.Risks.RiskStage, Yaojian.Core.Risks.RiskTrigger>.TriggerWithParameters<Yaojian.Core.Risks.RiskStepInput>;

namespace Yaojian.Core.Risks;

/// <summary>
/// The five-step loop as a Stateless machine over state the aggregate keeps: 风险排查 → 收集研判 → 会商交流 → 管控处置 →
/// 跟踪问效 → 销号, with a way out for what is found not to be a risk and a way back when the follow-up finds the
/// measures did not work. The guards read the aggregate's measures, so "under control" always means "with measures".
/// </summary>
internal sealed class RiskMachine
{
    private readonly StateMachine<RiskStage, RiskTrigger> _machine;
    private readonly Dictionary<RiskTrigger, StepTrigger> _triggers;
    private readonly Func<IReadOnlyCollection<MeasureStatus>> _measures;

    public RiskMachine(Func<RiskStage> stage, Action<RiskStage> setStage, Func<IReadOnlyCollection<MeasureStatus>> measures)
    {
        _machine = new StateMachine<RiskStage, RiskTrigger>(stage, setStage);
        _triggers = Enum.GetValues<RiskTrigger>().ToDictionary(t => t, _machine.SetTriggerParameters<RiskStepInput>);
        _measures = measures;
        Permit(New, Raise, Screening);
        Permit(Screening, Analyse, Analysis);
        Permit(Screening, Dismiss, Closed);
        Permit(Analysis, SubmitForConsultation, Consultation);
        Permit(Analysis, Dismiss, Closed);

        // Only a meeting puts a risk under control, and never without a measure to carry out.
        Permit(Consultation, Decide, Control);
        Permit(Consultation, Dismiss, Closed);
        Permit(Control, StartFollowUp, FollowUp);
        Permit(FollowUp, Close, Closed);
        Permit(FollowUp, Reopen, Control);
    }

    public void OnTransitioned(Action<RiskEvent> record) =>
        _machine.OnTransitioned(t =>
        {
            var input = (RiskStepInput)t.Parameters[0];
            record(new RiskEvent(t.Source, t.Destination, t.Trigger, input.Actor, input.Now, input.Reason, input.MeetingId));
        });

    /// <summary>Why <paramref name="trigger"/> cannot fire now with <paramref name="input"/>, or null when it can.</summary>
    public RiskRefusal? Refusal(RiskTrigger trigger, RiskStepInput input)
    {
        if (_machine.CanFire(_triggers[trigger], input, out var unmet))
        {
            return null;
        }

        return unmet is { Count: > 0 } ? unmet.Select(Enum.Parse<RiskRefusal>).Min() : RiskRefusal.NotPermitted;
    }

    public void Fire(RiskTrigger trigger, RiskStepInput input) => _machine.Fire(_triggers[trigger], input);

    public IReadOnlyList<RiskTransition> Transitions() =>
    [
        .. _machine.GetInfo().States.SelectMany(s => s.FixedTransitions.Select(t => new RiskTransition(
            (RiskStage)s.UnderlyingState, (RiskTrigger)t.Trigger.UnderlyingTrigger, (RiskStage)t.DestinationState.UnderlyingState))),
    ];

    private void Permit(RiskStage from, RiskTrigger trigger, RiskStage to) =>
        _machine.Configure(from).PermitIf(_triggers[trigger], to, GuardsOf(trigger));

    private StepGuard[] GuardsOf(RiskTrigger trigger) => trigger switch
    {
        Dismiss or Close or Reopen => [ReasonGiven],
        Decide => [MeetingGiven, MeasureGiven],
        StartFollowUp => [MeasuresFinished],
        Raise or Analyse or SubmitForConsultation => [],
    };

    private static StepGuard ReasonGiven => Guard(RiskRefusal.ReasonRequired, i => !string.IsNullOrWhiteSpace(i.Reason));

    private static StepGuard MeetingGiven => Guard(RiskRefusal.MeetingRequired, i => i.MeetingId is not null);

    private StepGuard MeasureGiven => Guard(RiskRefusal.MeasureRequired, _ => _measures().Contains(MeasureStatus.Open));

    // Follow-up starts when nothing is left to do and something was done: cancelling every measure is not control.
    private StepGuard MeasuresFinished => Guard(RiskRefusal.MeasuresNotFinished, _ =>
        !_measures().Contains(MeasureStatus.Open) && _measures().Contains(MeasureStatus.Done));

    private static StepGuard Guard(RiskRefusal refusal, Func<RiskStepInput, bool> holds) => new(holds, refusal.ToString());
}
