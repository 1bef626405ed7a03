namespace Yaojian.Core.Planning;

/// <summary>
/// Everything the plan engine works from. <see cref="From"/> and <see cref="Kept"/> serve a re-plan during the
/// year: only periods from that day on are planned, and the kept visits (and this year's history) count as done.
/// <see cref="OnlyEntities"/> limits the output (not the draws, which always see the whole registry).
/// </summary>
public sealed record PlanRequest(
    PlanDefinition Plan,
    int Year,
    long Seed,
    IReadOnlyList<PlanEntity> Entities,
    IReadOnlyList<PlanInspector> Inspectors,
    IReadOnlyList<PastInspection> History)
{
    public DateOnly? From { get; init; }

    public IReadOnlyList<PlannedVisit> Kept { get; init; } = [];

    public IReadOnlySet<string>? OnlyEntities { get; init; }

    public DateOnly YearStart => new(Year, 1, 1);

    public DateOnly YearEnd => new(Year, 12, 31);

    public DateOnly PlanFrom => From is { } from && from > YearStart ? from : YearStart;
}
