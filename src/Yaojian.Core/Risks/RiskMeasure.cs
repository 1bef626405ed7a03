namespace Yaojian.Core.Risks;

/// <summary>
/// A measure (措施) against a risk, with its owner unit and person and its deadline, followed to done or cancelled;
/// decided at a meeting (<see cref="MeetingId"/>) or added later while the risk is under control.
/// </summary>
public class RiskMeasure
{
    public int Id { get; set; }

    public int RiskId { get; set; }

    public int? MeetingId { get; set; }

    public required string Text { get; set; }

    public int OwnerUnitId { get; set; }

    /// <summary>The officer answerable for it (责任人), as written.</summary>
    public string? OwnerPerson { get; set; }

    public DateOnly Deadline { get; set; }

    public MeasureStatus Status { get; set; } = MeasureStatus.Open;

    /// <summary>What was done, or why it was cancelled.</summary>
    public string? Result { get; set; }

    public DateOnly? FinishedOn { get; set; }

    public string? FinishedBy { get; set; }

    /// <summary>When the nightly job first found it past its deadline: the reminder's mark (overdue itself is computed).</summary>
    public DateTimeOffset? FlaggedOverdueAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
