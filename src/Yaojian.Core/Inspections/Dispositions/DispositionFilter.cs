namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>Which dispositions a list shows; every criterion left empty lets all through.</summary>
public sealed record DispositionFilter
{
    public DispositionKind? Kind { get; init; }

    public DispositionStanding? Standing { get; init; }

    /// <summary>The unit that follows them up.</summary>
    public int? UnitId { get; init; }

    public int? EntityId { get; init; }

    /// <summary>Those issued from one inspection record.</summary>
    public int? InspectionId { get; init; }
}
