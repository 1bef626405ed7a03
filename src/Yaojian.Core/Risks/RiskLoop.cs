namespace Yaojian.Core.Risks;

/// <summary>
/// A risk followed round the five-step loop (五位一体): its machine decides what may happen next and every step is
/// kept as an event with who, when and why; the measures it holds are what the guards read.
/// </summary>
public sealed class RiskLoop
{
    private readonly List<RiskEvent> _events = [];
    private readonly List<MeasureStatus> _measures = [];
    private readonly RiskMachine _machine;

    public RiskLoop()
    {
        _machine = new RiskMachine(() => Stage, s => Stage = s, () => _measures);
        _machine.OnTransitioned(_events.Add);
    }

    /// <summary>A risk as stored: its stage, measures and events put back as they were (no transition is re-run).</summary>
    public static RiskLoop Restore(RiskStage stage, IEnumerable<MeasureStatus> measures, IEnumerable<RiskEvent> events)
    {
        var loop = new RiskLoop { Stage = stage };
        loop._measures.AddRange(measures);
        loop._events.AddRange(events);
        return loop;
    }

    public RiskStage Stage { get; private set; } = RiskStage.New;

    public IReadOnlyList<RiskEvent> Events => _events;

    /// <summary>The triggers the current stage accepts; firing one can still be refused for what it carries.</summary>
    public IReadOnlyList<RiskTrigger> PermittedTriggers => RiskTransitions.PermittedIn(Stage);

    public void AddMeasure(MeasureStatus status = MeasureStatus.Open) => _measures.Add(status);

    /// <param name="now">The caller's clock, in the bureau's local offset.</param>
    public RiskStepResult Fire(RiskTrigger trigger, string actor, DateTimeOffset now, string? reason = null, int? meetingId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var input = new RiskStepInput(actor, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), meetingId);
        if (_machine.Refusal(trigger, input) is { } refusal)
        {
            return new RiskStepResult(null, refusal);
        }

        _machine.Fire(trigger, input);
        return new RiskStepResult(_events[^1], null);
    }
}
