namespace Yaojian.Core.Registry;

/// <summary>The registry list's search and filters. <see cref="NoGrade"/> selects entities without a credit grade.</summary>
public sealed record EntityFilter
{
    public const int MaxPageSize = 200;

    public string? Search { get; init; }

    public EntityKind? Kind { get; init; }

    public string? UnitCode { get; init; }

    public AreaClass? Area { get; init; }

    public CreditGrade? Grade { get; init; }

    public bool NoGrade { get; init; }

    public EntityStatus? Status { get; init; }

    public SupervisionTags? Tag { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}
