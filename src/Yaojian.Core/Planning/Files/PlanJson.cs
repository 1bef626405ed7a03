using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Yaojian.Core.Common;
using Yaojian.Core.Planning.Checklists;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Sampling;

namespace Yaojian.Core.Planning.Files;

/// <summary>
/// The normalised plan (<c>yaojian plan validate --json</c>): every default filled in, every selector field present,
/// shares as fractions, campaigns that plan visits listed among the rules as well, checklists and grading rules typed —
/// what other tools read.
/// </summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(PlanDefinition plan) => ToJson(plan).ToJsonString(Options);

    public static JsonObject ToJson(PlanDefinition plan)
    {
        var json = new JsonObject
        {
            ["format"] = PlanFileReader.FormatVersion,
            ["id"] = plan.Id,
            ["title"] = plan.Title,
            ["year"] = plan.Year,
            ["source"] = plan.Source,
            ["jurisdiction"] = new JsonObject
            {
                ["name"] = plan.Jurisdiction.Name,
                ["bureau"] = plan.Jurisdiction.BureauName,
                ["division_code"] = plan.Jurisdiction.DivisionCode,
                ["population"] = plan.Jurisdiction.Population,
            },
            ["units"] = Array(plan.Jurisdiction.Units.Select(u => new JsonObject
            {
                ["code"] = u.Code,
                ["name"] = u.Name,
                ["kind"] = SnakeCaseNames<OrgUnitKind>.Of(u.Kind),
                ["territory"] = Strings(u.Territory),
            })),
            ["draw"] = new JsonObject
            {
                ["inspectors_per_visit"] = plan.Draw.InspectorsPerVisit,
                ["requirements"] = Strings(plan.Draw.Requirements),
            },
            ["rules"] = Array(plan.SchedulingRules.Select(Rule)),
            ["milestones"] = Array(plan.Milestones.Select(Milestone)),
            ["campaigns"] = Array(plan.Campaigns.Select(Campaign)),
            ["checklists"] = Array(plan.Checklists.Select(Checklist)),
            ["grading"] = Array(plan.Grading.Select(Grading)),
            ["risk_consultation"] = RiskConsultationReader.ToJson(plan.RiskConsultation),
            ["sampling"] = plan.Sampling is { } sampling ? Sampling(sampling) : null,
            ["clues"] = Array(plan.CaseLimits.Clues.Select(CaseLimitsJson.Clue)),
            ["cases"] = Array(plan.CaseLimits.Cases.Select(CaseLimitsJson.Case)),
            ["calendar"] = CaseLimitsJson.Calendar(plan.CaseLimits.Calendar),
        };
        foreach (var (key, value) in plan.Extensions)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    private static JsonObject Rule(InspectionRule rule) => new()
    {
        ["id"] = rule.Id,
        ["name"] = rule.Name,
        ["requirements"] = Strings(rule.Requirements),
        ["select"] = Selector(rule.Select),
        ["frequency"] = Frequency(rule.Frequency),
        ["lead"] = rule.Lead.ToString(),
        ["assist"] = Strings(rule.Assist),
        ["campaign"] = rule.Campaign,
    };

    private static JsonObject Frequency(Frequency frequency) => frequency switch
    {
        PeriodicFrequency p => new JsonObject { ["every"] = SnakeCaseNames<CalendarPeriod>.Of(p.Period) },
        EveryNYearsFrequency n => new JsonObject { ["every_years"] = n.Years },
        RandomShareFrequency r => new JsonObject { ["random_share"] = r.Share, ["full_coverage_years"] = r.FullCoverageYears },
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };

    private static JsonObject Milestone(CoverageMilestone milestone) => new()
    {
        ["id"] = milestone.Id,
        ["name"] = milestone.Name,
        ["requirements"] = Strings(milestone.Requirements),
        ["select"] = Selector(milestone.Select),
        ["targets"] = Array(milestone.Targets.Select(t => new JsonObject { ["by"] = Date(t.By), ["share"] = t.Share })),
        ["lead"] = milestone.Lead.ToString(),
    };

    private static JsonObject Campaign(SpecialCampaign campaign) => new()
    {
        ["id"] = campaign.Id,
        ["name"] = campaign.Name,
        ["requirements"] = Strings(campaign.Requirements),
        ["mode"] = campaign.Mode,
        ["select"] = Selector(campaign.Select),
        ["target_count"] = campaign.Target.All ? JsonValue.Create("all") : campaign.Target.Count is { } n ? JsonValue.Create(n) : null,
        ["plans_visits"] = campaign.Target.PlansVisits,
        ["start"] = campaign.Start is { } s ? Date(s) : null,
        ["deadline"] = campaign.Deadline is { } d ? Date(d) : null,
        ["lead"] = campaign.Lead.ToString(),
        ["assist"] = Strings(campaign.Assist),
        ["partners"] = Strings(campaign.Partners),
        ["focus"] = Strings(campaign.Focus),
    };

    private static JsonObject Checklist(Checklist checklist) => new()
    {
        ["id"] = checklist.Id,
        ["version"] = checklist.Version,
        ["name"] = checklist.Name,
        ["requirements"] = Strings(checklist.Requirements),
        ["applies_to"] = checklist.AppliesTo is { } selector ? Selector(selector) : null,
        ["campaign"] = checklist.Campaign,
        ["items"] = Array(checklist.Items.Select(i => new JsonObject
        {
            ["id"] = i.Id,
            ["text"] = i.Text,
            ["requirements"] = Strings(i.Requirements),
            ["severity_hint"] = i.SeverityHint is { } s ? SnakeCaseNames<ChecklistSeverity>.Of(s) : null,
            ["group"] = i.Group,
        })),
    };

    private static JsonObject Grading(GradingRule rule) => new()
    {
        ["id"] = rule.Id,
        ["name"] = rule.Name,
        ["requirements"] = Strings(rule.Requirements),
        ["applies_to"] = rule.AppliesTo is { } selector ? Selector(selector) : null,
        ["when"] = Strings(rule.When.Order().Select(SnakeCaseNames<GradingEvent>.Of)),
        ["lower"] = rule.Move.Kind == GradeMoveKind.Lower ? rule.Move.Steps : null,
        ["raise"] = rule.Move.Kind == GradeMoveKind.Raise ? rule.Move.Steps : null,
        ["set"] = rule.Move.To?.ToString(),
    };

    private static JsonObject Sampling(SamplingPlan sampling) => new()
    {
        ["filing"] = sampling.Filing is { } filing ? new JsonObject { ["target"] = filing.Share, ["requirements"] = Strings(filing.Requirements) } : null,
        ["categories"] = Array(sampling.Categories.Select(c => new JsonObject
        {
            ["id"] = c.Id,
            ["name"] = c.Name,
            ["requirements"] = Strings(c.Requirements),
            ["count"] = c.Count,
        })),
        ["focus"] = Array(sampling.Focus.Select(f => new JsonObject
        {
            ["id"] = f.Id,
            ["name"] = f.Name,
            ["requirements"] = Strings(f.Requirements),
            ["categories"] = Strings(f.Categories),
            ["select"] = f.Select is { } selector ? Selector(selector) : null,
            ["product"] = f.Product is { } product ? new JsonObject
            {
                ["flags"] = Strings(SampleRules.Split(product.Flags).Select(SnakeCaseNames<ProductFlags>.Of)),
                ["control_class"] = Strings(product.ControlClasses.Order().Select(SnakeCaseNames<ControlClass>.Of)),
                ["nonconforming_last_year"] = product.NonconformingLastYear,
            } : null,
            ["sample"] = f.Sample is { } sample ? new JsonObject
            {
                ["online"] = sample.Online,
                ["concerns"] = Strings(SampleRules.Split(sample.Concerns).Select(SnakeCaseNames<SampleConcerns>.Of)),
            } : null,
            ["count"] = f.Count,
        })),
    };

    private static JsonObject Selector(EntitySelector selector)
    {
        var json = new JsonObject
        {
            ["kind"] = Strings(selector.Kinds.Order().Select(SnakeCaseNames<EntityKind>.Of)),
            ["tags"] = Strings(SupervisionTagNames.Split(selector.Tags).Select(SnakeCaseNames<SupervisionTags>.Of)),
            ["not_tags"] = Strings(SupervisionTagNames.Split(selector.NotTags).Select(SnakeCaseNames<SupervisionTags>.Of)),
            ["credit_grade"] = Strings(selector.Grades.Order().Select(g => g.ToString())),
            ["device_tier"] = Array(selector.Tiers.Order().Select(t => JsonValue.Create((int)t))),
            ["area"] = Strings(selector.Areas.Order().Select(SnakeCaseNames<AreaClass>.Of)),
            ["status"] = Strings(selector.Statuses.Order().Select(SnakeCaseNames<EntityStatus>.Of)),
            ["any"] = Array(selector.Any.Select(Selector)),
        };
        return json;
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static JsonArray Array(IEnumerable<JsonNode?> nodes) => new(nodes.ToArray());
}
