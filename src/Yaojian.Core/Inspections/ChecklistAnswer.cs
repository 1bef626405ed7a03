namespace Yaojian.Core.Inspections;

/// <summary>One checklist item as asked (its text and requirement IDs kept, so a later checklist version changes nothing here) and its answer.</summary>
public class ChecklistAnswer
{
    public int Id { get; set; }

    public int InspectionId { get; set; }

    public required string ItemId { get; set; }

    public required string ItemText { get; set; }

    /// <summary>Requirement IDs, <c>;</c>-separated.</summary>
    public required string Requirements { get; set; }

    public ItemResult? Result { get; set; }

    public string? Note { get; set; }
}
