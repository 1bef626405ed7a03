namespace Yaojian.Core.Planning;

/// <summary>The year's loaded plan file: which, when, by whom, and its rules, campaigns and grading rules.</summary>
public sealed record PlanFileSummary(
    int Id,
    string Title,
    string FileName,
    string Sha256,
    DateTimeOffset LoadedAt,
    string LoadedBy,
    IReadOnlyList<RuleSummary> Rules,
    IReadOnlyList<CampaignSummary> Campaigns,
    IReadOnlyList<GradingSummary> Grading);
