namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>One edge of a kind's state machine: in <paramref name="From"/>, <paramref name="Trigger"/> leads to <paramref name="To"/>.</summary>
public sealed record DispositionTransition(DispositionState From, DispositionTrigger Trigger, DispositionState To);
