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

    /// <summary>The heading the form shows the item under: its checklist's name and group, e.g. 药品零售企业监督检查表 · 购进与储存.</summary>
    public string? Heading { get; set; }

    public ItemResult? Result { get; set; }

    public string? Note { get; set; }
}
