namespace Yaojian.Core.Planning;

/// <summary>A past inspection on record (imported, or from earlier years): what "not inspected for N years" reads.</summary>
public class InspectionHistoryEntry
{
    public int Id { get; set; }

    public int EntityId { get; set; }

    public DateOnly InspectedOn { get; set; }

    /// <summary>Where the record came from (<c>import</c>, <c>demo</c>, later <c>inspection</c>).</summary>
    public required string Source { get; set; }
}
