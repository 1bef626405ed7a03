namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>One transition of a disposition: the audit of who moved it, when and why.</summary>
public sealed record DispositionEvent(
    DispositionState From,
    DispositionState To,
    DispositionTrigger Trigger,
    string Actor,
    DateTimeOffset At,
    string? Reason,
    DispositionData? Data);
