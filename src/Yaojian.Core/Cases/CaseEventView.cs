namespace Yaojian.Core.Cases;

/// <summary>
/// One step of a case as the page and the API show it: who entered it (the user name, and the display name beside it)
/// and when, the day it took effect, who approved it, why and what it carried.
/// </summary>
public sealed record CaseEventView(
    CaseState From, CaseState To, CaseTrigger Trigger, string Actor, DateTimeOffset At, string? Reason, string? Text, DateOnly? DueOn,
    string ActorName, DateOnly On, string? ApprovedBy);
