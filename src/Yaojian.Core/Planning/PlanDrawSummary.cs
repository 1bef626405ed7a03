namespace Yaojian.Core.Planning;

/// <summary>The year's drawn plan: seed, status, size, load per unit and inspector, projected coverage.</summary>
public sealed record PlanDrawSummary(
    int PlanId,
    long Seed,
    PlanStatus Status,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    DateTimeOffset? PublishedAt,
    int Visits,
    int Entities,
    IReadOnlyList<LoadRow> Units,
    IReadOnlyList<LoadRow> Inspectors,
    IReadOnlyList<MilestoneCoverage> Coverage);
