namespace Yaojian.Core.Sampling;

/// <summary>The sample list's filters: year sampled, category, focus list, standing, online, entity, unit, a search on number, product, batch or entity.</summary>
public sealed record SampleFilter
{
    public const int MaxPageSize = 200;

    public int? Year { get; init; }

    public string? Category { get; init; }

    public string? Focus { get; init; }

    public SampleStanding? Standing { get; init; }

    public bool? Online { get; init; }

    public int? EntityId { get; init; }

    public int? UnitId { get; init; }

    public string? Search { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}
