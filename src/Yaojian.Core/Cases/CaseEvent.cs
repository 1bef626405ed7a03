namespace Yaojian.Core.Cases;

/// <summary>One step of a case with who, when and why, and the text it carried (a result, a receiver, a write-up).</summary>
public class CaseEvent
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public CaseState From { get; set; }

    public CaseState To { get; set; }

    public CaseTrigger Trigger { get; set; }

    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }

    /// <summary>The decision number, the police unit, the police's or the execution's result, the typical-case write-up.</summary>
    public string? Text { get; set; }

    /// <summary>The time limit a registration or an extension set.</summary>
    public DateOnly? DueOn { get; set; }
}
