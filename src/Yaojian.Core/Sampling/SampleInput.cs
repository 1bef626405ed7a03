namespace Yaojian.Core.Sampling;

/// <summary>
/// A sample to record (the sampling form, 抽样单): its number, category, the entity, the product (from the catalogue by
/// <see cref="ProductId"/>, or named), batch and manufacturer, the day, online or offline, what the samplers observed,
/// the two officers. Product flags and concerns are the snake_case names of <c>ProductFlags</c> and
/// <see cref="SampleConcerns"/> (<c>maternal</c>, <c>unclear_channel</c>…).
/// </summary>
public sealed record SampleInput
{
    public string? Number { get; init; }

    public string? Category { get; init; }

    public int EntityId { get; init; }

    public int? ProductId { get; init; }

    public string? ProductName { get; init; }

    public string? ApprovalNumber { get; init; }

    public IReadOnlyList<string> ProductFlags { get; init; } = [];

    public string? Batch { get; init; }

    public string? Manufacturer { get; init; }

    public string? Specification { get; init; }

    public DateOnly? SampledOn { get; init; }

    public bool Online { get; init; }

    public string? Platform { get; init; }

    public string? Shop { get; init; }

    public IReadOnlyList<string> Concerns { get; init; } = [];

    public IReadOnlyList<int> SamplerIds { get; init; } = [];

    public string? Notes { get; init; }
}
