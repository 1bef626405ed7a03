namespace Yaojian.Core.Cases;

/// <summary>One step of a clue's triage as the page and the API show it.</summary>
public sealed record ClueEventView(ClueAction Action, ClueStatus From, ClueStatus To, string Actor, DateTimeOffset At, string? Reason, DateOnly? DueOn);
