namespace Yaojian.Core.Planning;

/// <summary>Filters of the visit list (all optional) and the page wanted.</summary>
public sealed record VisitQuery(int Year)
{
    public string? Unit { get; init; }

    public int? InspectorId { get; init; }

    public int? Month { get; init; }

    public string? Rule { get; init; }

    public string? Search { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}
