namespace Yaojian.Core.Inspections.Dispositions.Storage;

/// <summary>One stored transition of a disposition, with who, when and why.</summary>
public class DispositionEventRecord
{
    public int Id { get; set; }

    public int DispositionId { get; set; }

    public DispositionState From { get; set; }

    public DispositionState To { get; set; }

    public DispositionTrigger Trigger { get; set; }

    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }

    public DateOnly? NewDeadline { get; set; }

    public string? ReplySummary { get; set; }

    public string? ResultText { get; set; }
}
