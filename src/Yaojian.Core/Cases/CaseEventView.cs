namespace Yaojian.Core.Cases;

/// <summary>One step of a case as the page and the API show it.</summary>
public sealed record CaseEventView(CaseState From, CaseState To, CaseTrigger Trigger, string Actor, DateTimeOffset At, string? Reason, string? Text, DateOnly? DueOn);
