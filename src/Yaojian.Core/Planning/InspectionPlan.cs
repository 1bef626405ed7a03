namespace Yaojian.Core.Planning;

/// <summary>A year's drawn inspection plan: which plan file, which seed, who drew it and when it was published.</summary>
public class InspectionPlan
{
    public int Id { get; set; }

    public int Year { get; set; }

    public int PlanFileId { get; set; }

    public StoredPlanFile? PlanFile { get; set; }

    /// <summary>The seed announced before the draw; with the plan file and the registry it reproduces every choice.</summary>
    public long Seed { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    public DateTimeOffset GeneratedAt { get; set; }

    public required string GeneratedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public List<PlanVisit> Visits { get; set; } = [];
}
