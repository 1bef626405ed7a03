namespace Yaojian.Core.Cases;

/// <summary>One step of a case with who, when and why, and the text it carried (a result, a receiver, a write-up).</summary>
public class CaseEvent
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public CaseState From { get; set; }

    public CaseState To { get; set; }

    public CaseTrigger Trigger { get; set; }

    /// <summary>Who entered the step.</summary>
    public required string Actor { get; set; }

    /// <summary>When the step was entered.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The day the step took effect (立案、决定、移送…), which the time limits count from; null on steps entered
    /// before it was kept, whose day is that of <see cref="At"/>.</summary>
    public DateOnly? On { get; set; }

    /// <summary>The responsible person who approved the step (立案: 负责人批准).</summary>
    public string? ApprovedBy { get; set; }

    public string? Reason { get; set; }

    /// <summary>The decision number, the police unit, the police's or the execution's result, the typical-case write-up.</summary>
    public string? Text { get; set; }

    /// <summary>The time limit a registration or an extension set.</summary>
    public DateOnly? DueOn { get; set; }
}
