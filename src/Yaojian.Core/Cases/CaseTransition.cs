namespace Yaojian.Core.Cases;

/// <summary>One edge of the case machine: in <paramref name="From"/>, <paramref name="Trigger"/> leads to <paramref name="To"/>.</summary>
public sealed record CaseTransition(CaseState From, CaseTrigger Trigger, CaseState To);
