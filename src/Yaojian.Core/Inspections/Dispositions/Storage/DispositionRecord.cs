namespace Yaojian.Core.Inspections.Dispositions.Storage;

/// <summary>A disposition as stored: kind, state, deadline, whom it concerns and where it comes from; its events alongside.</summary>
public class DispositionRecord
{
    public int Id { get; set; }

    public DispositionKind Kind { get; set; }

    public DispositionState State { get; set; }

    public DateOnly? Deadline { get; set; }

    public int EntityId { get; set; }

    /// <summary>The unit that follows it up (the inspection's lead unit): scope and the overdue list go by it.</summary>
    public int UnitId { get; set; }

    public int? InspectionId { get; set; }

    public int? FindingId { get; set; }

    public ReferralReceiver? Receiver { get; set; }

    public List<DispositionEventRecord> Events { get; set; } = [];
}
