namespace Yaojian.Core.Planning;

/// <summary>The year's loaded plan file: which, when, by whom, and its rules, campaigns and grading rules, and the
/// codes of the caller's lost-contact and zombie entities it leaves unvisited (<see cref="DormantEntities"/>).</summary>
public sealed record PlanFileSummary(
    int Id,
    string Title,
    string FileName,
    string Sha256,
    DateTimeOffset LoadedAt,
    string LoadedBy,
    IReadOnlyList<RuleSummary> Rules,
    IReadOnlyList<CampaignSummary> Campaigns,
    IReadOnlyList<GradingSummary> Grading,
    IReadOnlyList<string> DormantOutsidePlan);
