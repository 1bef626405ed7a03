using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Resources;
using Yaojian.Core.Risks;

namespace Yaojian.Core.Planning.Files;

/// <summary>
/// Reads <c>risk_consultation</c>: the risk levels and each area's consultation meeting with the signals it weighs
/// (docs/formats/plan-file.md). A meeting's <c>signals.sampling_categories</c> name categories of the <c>sampling</c>
/// section, read here from its node, as that section is read after this one.
/// </summary>
internal static class RiskConsultationReader
{
    private const string Path = "risk_consultation";

    public static RiskConsultationPlan Read(PlanReadContext context, YamlNode? node, YamlNode? sampling = null)
    {
        var scope = context.Scope;
        if (node is null || scope.Mapping(node, Path) is not { } map)
        {
            return RiskConsultationPlan.None;
        }

        scope.OnlyKeys(map, Path, "levels", "meetings");
        var levels = ReadLevels(scope, map);
        var meetings = new List<ConsultationMeetingRule>();
        var categories = SamplingCategoryIds(sampling);
        var items = scope.Sequence(PlanYamlScope.Get(map, "meetings"), $"{Path}.meetings");
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{Path}.meetings[{i}]";
            if (scope.Mapping(items[i], path) is { } item && ReadMeeting(context, item, path, categories) is { } meeting)
            {
                if (meetings.Any(m => m.Area == meeting.Area))
                {
                    scope.Fail(PlanYamlScope.Get(item, "area"), PlanYamlScope.Join(path, "area"), EnumText.Format(Text.Plan_RiskMeetingAreaTwice, EnumText.Of(meeting.Area)));
                }

                meetings.Add(meeting);
            }
        }

        return new RiskConsultationPlan(levels, meetings);
    }

    public static JsonObject ToJson(RiskConsultationPlan plan) => new()
    {
        ["levels"] = new JsonArray([.. plan.Levels.Select(l => (JsonNode)new JsonObject { ["code"] = l.Code, ["name"] = l.Name, ["definition"] = l.Definition })]),
        ["meetings"] = new JsonArray([.. plan.Meetings.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = m.Id,
            ["name"] = m.Name,
            ["requirements"] = new JsonArray([.. m.Requirements.Select(r => (JsonNode)JsonValue.Create(r))]),
            ["area"] = SnakeCaseNames<RiskArea>.Of(m.Area),
            ["every"] = m.Every is { } every ? SnakeCaseNames<CalendarPeriod>.Of(every) : null,
            ["lead"] = m.Lead,
            ["attendees"] = new JsonArray([.. m.Attendees.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["signals"] = new JsonObject
            {
                ["entity_kinds"] = new JsonArray([.. m.Signals.EntityKinds.Select(k => (JsonNode)JsonValue.Create(SnakeCaseNames<EntityKind>.Of(k)))]),
                ["sampling_categories"] = new JsonArray([.. m.Signals.SamplingCategories.Select(c => (JsonNode)JsonValue.Create(c))]),
            },
        })]),
    };

    private static List<RiskLevel> ReadLevels(PlanYamlScope scope, YamlMappingNode map)
    {
        var levels = new List<RiskLevel>();
        var items = scope.Sequence(PlanYamlScope.Get(map, "levels"), $"{Path}.levels");
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{Path}.levels[{i}]";
            if (scope.Mapping(items[i], path) is not { } level)
            {
                continue;
            }

            scope.OnlyKeys(level, path, "code", "name", "definition");
            var code = scope.Scalar(level, "code", path, required: true, maxLength: 64) ?? string.Empty;
            if (!code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                scope.Fail(PlanYamlScope.Get(level, "code"), PlanYamlScope.Join(path, "code"), EnumText.Format(Text.Plan_BadId, code));
            }

            var name = scope.Scalar(level, "name", path, required: true, maxLength: 20) ?? string.Empty;
            var definition = scope.Scalar(level, "definition", path, required: true, maxLength: 500) ?? string.Empty;
            if (code.Length > 0 && levels.Any(l => l.Code == code))
            {
                scope.Fail(PlanYamlScope.Get(level, "code"), PlanYamlScope.Join(path, "code"), EnumText.Format(Text.Plan_RiskLevelTwice, code));
            }

            levels.Add(new RiskLevel(code, name, definition));
        }

        return levels;
    }

    private static ConsultationMeetingRule? ReadMeeting(PlanReadContext context, YamlMappingNode map, string path, IReadOnlySet<string> categories)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, "id", "name", "requirements", "area", "every", "lead", "attendees", "signals");
        var id = PlanFileReader.ReadId(context, map, path);
        var name = scope.Scalar(map, "name", path, required: true) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path);
        var area = scope.Enum(map, "area", path, JurisdictionReader.Parse<RiskArea>, string.Join("、", SnakeCaseNames<RiskArea>.All));
        if (PlanYamlScope.Get(map, "area") is null)
        {
            scope.Fail(map, PlanYamlScope.Join(path, "area"), Text.Plan_Required);
        }

        CalendarPeriod? every = PlanYamlScope.Get(map, "every") is null ? null
            : scope.Enum(map, "every", path, JurisdictionReader.Parse<CalendarPeriod>, string.Join("、", SnakeCaseNames<CalendarPeriod>.All));
        var lead = scope.Scalar(map, "lead", path, required: true, maxLength: 64);
        if (lead is not null)
        {
            context.CheckUnit(PlanYamlScope.Get(map, "lead"), PlanYamlScope.Join(path, "lead"), lead);
        }

        var attendees = PlanFileReader.ReadUnits(context, map, "attendees", path);
        var signals = ReadSignals(scope, PlanYamlScope.Get(map, "signals"), PlanYamlScope.Join(path, "signals"), categories);
        return area is { } a ? new ConsultationMeetingRule(id, name, requirements, a, every, lead ?? string.Empty, attendees) { Signals = signals } : null;
    }

    private static ConsultationSignals ReadSignals(PlanYamlScope scope, YamlNode? node, string path, IReadOnlySet<string> categories)
    {
        if (node is null || scope.Mapping(node, path) is not { } map)
        {
            return ConsultationSignals.None;
        }

        scope.OnlyKeys(map, path, "entity_kinds", "sampling_categories");
        var kinds = scope.Enums(map, "entity_kinds", path, JurisdictionReader.Parse<EntityKind>, string.Join("、", SnakeCaseNames<EntityKind>.All));
        var listed = scope.TextList(map, "sampling_categories", path);
        foreach (var category in listed.Where(c => !categories.Contains(c)))
        {
            scope.Fail(PlanYamlScope.Get(map, "sampling_categories"), PlanYamlScope.Join(path, "sampling_categories"),
                EnumText.Format(Text.Plan_SamplingUnknownCategory, category, string.Join("、", categories.Order(StringComparer.Ordinal))));
        }

        if (kinds.Count == 0 && listed.Count == 0)
        {
            scope.Fail(map, path, Text.Plan_RiskSignalsEmpty);
        }

        return new ConsultationSignals([.. kinds.Order()], [.. listed.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The ids of the sampling section's categories, as written (the section itself checks them).</summary>
    private static HashSet<string> SamplingCategoryIds(YamlNode? sampling) =>
        sampling is YamlMappingNode map && PlanYamlScope.Get(map, "categories") is YamlSequenceNode items
            ? [.. items.OfType<YamlMappingNode>().Select(c => (PlanYamlScope.Get(c, "id") as YamlScalarNode)?.Value?.Trim()).OfType<string>()]
            : [];
}
