namespace Yaojian.Core.Cases;

/// <summary>Which clues a list shows; every criterion left empty lets all through.</summary>
public sealed record ClueFilter
{
    public ClueSource? Source { get; init; }

    public ClueStanding? Standing { get; init; }

    /// <summary>The handling unit.</summary>
    public int? UnitId { get; init; }

    public int? EntityId { get; init; }
}
