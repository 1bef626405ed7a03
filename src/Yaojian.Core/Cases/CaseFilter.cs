namespace Yaojian.Core.Cases;

/// <summary>Which cases a list shows; every criterion left empty lets all through.</summary>
public sealed record CaseFilter
{
    public CaseStanding? Standing { get; init; }

    /// <summary>The handling unit.</summary>
    public int? UnitId { get; init; }

    public int? EntityId { get; init; }

    /// <summary>The case-filing disposition that handed the case over.</summary>
    public int? DispositionId { get; init; }
}
