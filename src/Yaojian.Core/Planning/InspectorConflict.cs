namespace Yaojian.Core.Planning;

/// <summary>A declared conflict of interest (回避): the inspector is never drawn for this entity.</summary>
public class InspectorConflict
{
    public int Id { get; set; }

    public int InspectorId { get; set; }

    public int EntityId { get; set; }

    public required string Reason { get; set; }
}
