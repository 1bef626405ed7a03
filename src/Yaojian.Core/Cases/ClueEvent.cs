namespace Yaojian.Core.Cases;

/// <summary>One step of a clue's triage, with who, when and why: its timeline on the clue's page.</summary>
public class ClueEvent
{
    public int Id { get; set; }

    public int ClueId { get; set; }

    public ClueAction Action { get; set; }

    public ClueStatus From { get; set; }

    public ClueStatus To { get; set; }

    /// <summary>Who entered the step.</summary>
    public required string Actor { get; set; }

    /// <summary>When the step was entered.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The day the step took effect; null on steps entered before it was kept, whose day is that of <see cref="At"/>.</summary>
    public DateOnly? On { get; set; }

    /// <summary>The responsible person who approved the step (立案, 不予立案).</summary>
    public string? ApprovedBy { get; set; }

    public string? Reason { get; set; }

    /// <summary>The time limit set by opening or extending.</summary>
    public DateOnly? DueOn { get; set; }
}
