namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>
/// A disposition (后处置) followed to its end: its kind's state machine decides what may happen next, and every
/// transition is kept as an event with who, when and why.
/// </summary>
public sealed class Disposition
{
    private readonly List<DispositionEvent> _events = [];
    private readonly DispositionMachine _machine;

    public Disposition(DispositionKind kind, int targetEntityId, int? findingId = null, ReferralReceiver? receiver = null)
    {
        if ((kind == DispositionKind.Referral) != (receiver is not null))
            throw new ArgumentException("A referral, and only a referral, names its receiver.", nameof(receiver));
        Kind = kind;
        TargetEntityId = targetEntityId;
        FindingId = findingId;
        Receiver = receiver;
        _machine = new DispositionMachine(kind, () => State, s => State = s, () => Deadline, d => Deadline = d);
        _machine.OnTransitioned(_events.Add);
    }

    /// <summary>A disposition as stored: its state, deadline and events put back as they were (no transition is re-run).</summary>
    public static Disposition Restore(
        DispositionKind kind, int targetEntityId, int? findingId, ReferralReceiver? receiver,
        DispositionState state, DateOnly? deadline, IEnumerable<DispositionEvent> events)
    {
        var disposition = new Disposition(kind, targetEntityId, findingId, receiver) { State = state, Deadline = deadline };
        disposition._events.AddRange(events);
        return disposition;
    }

    public DispositionKind Kind { get; }

    public DispositionState State { get; private set; } = DispositionState.New;

    /// <summary>The last day allowed; see <see cref="DispositionData.NewDeadline"/> for what it means per kind.</summary>
    public DateOnly? Deadline { get; private set; }

    public int TargetEntityId { get; }

    public int? FindingId { get; }

    public ReferralReceiver? Receiver { get; }

    public IReadOnlyList<DispositionEvent> Events => _events;

    /// <summary>The triggers the current state accepts; firing one can still be refused for what it carries.</summary>
    public IReadOnlyList<DispositionTrigger> PermittedTriggers => DispositionTransitions.PermittedIn(Kind, State);

    /// <param name="now">The caller's clock, in the bureau's local offset: its date is the day deadlines are judged by.</param>
    public FireResult Fire(DispositionTrigger trigger, string actor, DateTimeOffset now, string? reason = null, DispositionData? data = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var input = new DispositionInput(actor, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), data);
        if (_machine.Refusal(trigger, input) is { } refusal)
            return FireResult.Refused(refusal, PermittedTriggers);
        _machine.Fire(trigger, input);
        return FireResult.Done(_events[^1], PermittedTriggers);
    }

    /// <inheritdoc cref="DispositionRules.MissedDeadline"/>
    public bool MissedDeadline(DateOnly today) => DispositionRules.MissedDeadline(Kind, State, Deadline, today);

    /// <inheritdoc cref="DispositionRules.IsOverdue"/>
    public bool IsOverdue(DateOnly today) => DispositionRules.IsOverdue(Kind, State, Deadline, today);
}
