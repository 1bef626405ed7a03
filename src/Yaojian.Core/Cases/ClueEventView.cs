namespace Yaojian.Core.Cases;

/// <summary>
/// One step of a clue's triage as the page and the API show it: who entered it (the user name, and the display name
/// beside it) and when, the day it took effect, who approved it, why, and the time limit it set.
/// </summary>
public sealed record ClueEventView(
    ClueAction Action, ClueStatus From, ClueStatus To, string Actor, DateTimeOffset At, string? Reason, DateOnly? DueOn,
    string ActorName, DateOnly On, string? ApprovedBy);
