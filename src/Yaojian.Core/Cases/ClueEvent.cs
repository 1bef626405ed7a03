namespace Yaojian.Core.Cases;

/// <summary>One step of a clue's triage, with who, when and why: its timeline on the clue's page.</summary>
public class ClueEvent
{
    public int Id { get; set; }

    public int ClueId { get; set; }

    public ClueAction Action { get; set; }

    public ClueStatus From { get; set; }

    public ClueStatus To { get; set; }

    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }

    /// <summary>The time limit set by opening or extending.</summary>
    public DateOnly? DueOn { get; set; }
}
