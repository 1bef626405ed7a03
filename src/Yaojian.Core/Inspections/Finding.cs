namespace Yaojian.Core.Inspections;

/// <summary>A finding (发现的问题) with its severity and the checklist item it comes from; a repeat of an earlier one is flagged.</summary>
public class Finding
{
    public int Id { get; set; }

    public int InspectionId { get; set; }

    public string? ItemId { get; set; }

    public FindingSeverity Severity { get; set; }

    public required string Description { get; set; }

    /// <summary>
    /// The key the phone's outbox gave this finding: a finding sent again after its answer was lost on a weak network
    /// is recognised, not added twice.
    /// </summary>
    public string? ClientKey { get; set; }

    /// <summary>The earlier finding (another inspection of the same entity) this one repeats.</summary>
    public int? RepeatOfFindingId { get; set; }
}
