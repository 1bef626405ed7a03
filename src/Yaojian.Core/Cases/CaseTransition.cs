namespace Yaojian.Core.Cases;

/// <summary>One edge of the case machine: in <paramref name="From"/>, <paramref name="Trigger"/> leads to <paramref name="To"/> when <paramref name="When"/> holds.</summary>
public sealed record CaseTransition(CaseState From, CaseTrigger Trigger, CaseState To, CaseCondition When = CaseCondition.Always);
