using System.Text.Json.Nodes;
using Yaojian.Core.Planning.Checklists;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Sampling;

namespace Yaojian.Core.Planning;

/// <summary>
/// A bureau's yearly work plan as data (a plan file, docs/formats/plan-file.md): every number and rule the engine
/// uses, each with the requirement IDs it implements, the <see cref="Checklists"/> its inspections use and the
/// <see cref="Grading"/> rules that move credit grades after an outcome.
/// <see cref="Extensions"/> keeps the sections later areas read (KPI targets) as they were written.
/// </summary>
public sealed record PlanDefinition(
    string Id,
    string Title,
    int Year,
    string? Source,
    PlanJurisdiction Jurisdiction,
    DrawSettings Draw,
    IReadOnlyList<InspectionRule> Rules,
    IReadOnlyList<CoverageMilestone> Milestones,
    IReadOnlyList<SpecialCampaign> Campaigns,
    IReadOnlyDictionary<string, JsonNode?> Extensions)
{
    /// <summary>The checklists of the plan file (<c>checklists:</c>), in file order; see <see cref="ChecklistCatalog"/>.</summary>
    public IReadOnlyList<Checklist> Checklists { get; init; } = [];

    /// <summary>The grading rules of the plan file (<c>grading:</c>), in file order; see <see cref="CreditGrading"/>.</summary>
    public IReadOnlyList<GradingRule> Grading { get; init; } = [];

    /// <summary>The risk levels and consultation meetings of the plan file (<c>risk_consultation:</c>).</summary>
    public Risks.RiskConsultationPlan RiskConsultation { get; init; } = Risks.RiskConsultationPlan.None;

    /// <summary>The sampling plan of the plan file (<c>sampling:</c>), or null when it has none; see <see cref="SamplingFocus"/>.</summary>
    public SamplingPlan? Sampling { get; init; }
    /// <summary>The time limits of clues and cases and their working-day calendar (<c>clues:</c>, <c>cases:</c>, <c>calendar:</c>).</summary>
    public Cases.Limits.CaseTimeLimits CaseLimits { get; init; } = Cases.Limits.CaseTimeLimits.None;

    /// <summary>The routine rules followed by one rule per campaign that plans visits (computed, so a copy made with
    /// other rules or campaigns has its own).</summary>
    public IReadOnlyList<InspectionRule> SchedulingRules =>
        [.. Rules, .. Campaigns.Where(c => c.Target.PlansVisits).Select(CampaignRule)];

    private static InspectionRule CampaignRule(SpecialCampaign c) =>
        new(c.Id, c.Name, c.Requirements, c.Select, new PeriodicFrequency(CalendarPeriod.Year), c.Lead, c.Assist, c.Id);
}
