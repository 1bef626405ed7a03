using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>
/// Reads and validates a plan file (docs/formats/plan-file.md). Everything wrong is reported at once, each error
/// naming the file, the line and the field; a plan is returned only when there is none.
/// </summary>
public static class PlanFileReader
{
    public const int FormatVersion = 1;

    private static readonly string[] TopKeys =
        ["format", "id", "title", "year", "source", "jurisdiction", "draw", "rules", "milestones", "campaigns", "checklists", "grading", "sampling", "targets",
            "risk_consultation", "clues", "cases", "calendar"];

    public static PlanFileResult Read(string fileName, string yaml)
    {
        var scope = new PlanYamlScope(fileName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            scope.Errors.Add(new PlanFileError(fileName, (int)e.Start.Line, "(yaml)", EnumText.Format(Text.Plan_BadYaml, e.Message)));
            return new PlanFileResult(null, scope.Errors);
        }

        if (stream.Documents.Count != 1 || scope.Mapping(stream.Documents[0].RootNode, "(root)") is not { } root)
        {
            if (stream.Documents.Count != 1)
            {
                scope.Fail(null, "(root)", Text.Plan_ExpectedMapping);
            }

            return new PlanFileResult(null, scope.Errors);
        }

        var plan = ReadPlan(scope, root);
        return scope.Errors.Count == 0 ? new PlanFileResult(plan, []) : new PlanFileResult(null, scope.Errors);
    }

    public static PlanFileResult ReadFile(string path) => Read(Path.GetFileName(path), File.ReadAllText(path));

    private static PlanDefinition ReadPlan(PlanYamlScope scope, YamlMappingNode root)
    {
        scope.OnlyKeys(root, string.Empty, TopKeys);
        var format = scope.Integer(root, "format", string.Empty, FormatVersion, FormatVersion, required: true);
        var id = ReadIdText(scope, root, string.Empty);
        var title = scope.Scalar(root, "title", string.Empty, required: true) ?? string.Empty;
        var year = scope.Integer(root, "year", string.Empty, 2000, 2100, required: true) ?? 2000;
        var source = scope.Scalar(root, "source", string.Empty, required: false, maxLength: 500);
        var jurisdiction = JurisdictionReader.Read(scope, PlanYamlScope.Get(root, "jurisdiction"));
        var units = jurisdiction.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var context = new PlanReadContext(scope, year, units);

        var draw = ReadDraw(scope, PlanYamlScope.Get(root, "draw"));
        var rules = context.List(root, "rules", RuleReader.Read);
        var milestones = context.List(root, "milestones", MilestoneReader.Read);
        var campaigns = context.List(root, "campaigns", CampaignReader.Read);
        var checklists = ChecklistReader.ReadAll(context, root, campaigns);
        var grading = context.List(root, "grading", GradingReader.Read);
        var riskConsultation = RiskConsultationReader.Read(context, PlanYamlScope.Get(root, "risk_consultation"), PlanYamlScope.Get(root, "sampling"));
        var sampling = SamplingReader.Read(context, PlanYamlScope.Get(root, "sampling"));
        var caseLimits = new Cases.Limits.CaseTimeLimits(CalendarReader.Read(context, root), ClueLimitReader.ReadAll(context, root), CaseLimitReader.ReadAll(context, root));
        if (rules.Count == 0 && !campaigns.Any(c => c.Target.PlansVisits))
        {
            scope.Fail(root, "rules", Text.Plan_NoRules);
        }

        _ = format;
        return new PlanDefinition(id, title, year, source, jurisdiction, draw, rules, milestones, campaigns, ReadExtensions(root))
        {
            Checklists = checklists,
            Grading = grading,
            RiskConsultation = riskConsultation,
            Sampling = sampling,
            CaseLimits = caseLimits,
        };
    }

    private static DrawSettings ReadDraw(PlanYamlScope scope, YamlNode? node)
    {
        if (node is null)
        {
            return DrawSettings.Default;
        }

        if (scope.Mapping(node, "draw") is not { } map)
        {
            return DrawSettings.Default;
        }

        scope.OnlyKeys(map, "draw", "inspectors_per_visit", "requirements");
        var count = scope.Integer(map, "inspectors_per_visit", "draw", 2, 10, required: true) ?? 2;
        return new DrawSettings(count, scope.TextList(map, "requirements", "draw"));
    }

    private static Dictionary<string, JsonNode?> ReadExtensions(YamlMappingNode root)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var key in new[] { "targets" })
        {
            if (PlanYamlScope.Get(root, key) is { } node)
            {
                result[key] = YamlJson.ToJson(node);
            }
        }

        return result;
    }

    internal static LeadUnit ReadLead(PlanReadContext context, YamlMappingNode map, string path, bool required)
    {
        var text = context.Scope.Scalar(map, "lead", path, required, maxLength: 64);
        if (text is null)
        {
            return LeadUnit.Territorial;
        }

        if (text == LeadUnit.TerritorialName)
        {
            return LeadUnit.Territorial;
        }

        context.CheckUnit(PlanYamlScope.Get(map, "lead"), PlanYamlScope.Join(path, "lead"), text);
        return new LeadUnit(text);
    }

    internal static IReadOnlyList<string> ReadUnits(PlanReadContext context, YamlMappingNode map, string key, string path)
    {
        var codes = context.Scope.TextList(map, key, path);
        foreach (var code in codes)
        {
            context.CheckUnit(PlanYamlScope.Get(map, key), PlanYamlScope.Join(path, key), code);
        }

        return codes;
    }

    internal static IReadOnlyList<string> ReadRequirements(PlanReadContext context, YamlMappingNode map, string path, string? missing = null)
    {
        var requirements = context.Scope.TextList(map, "requirements", path);
        if (requirements.Count == 0)
        {
            context.Scope.Fail(PlanYamlScope.Get(map, "requirements") ?? map, PlanYamlScope.Join(path, "requirements"), missing ?? Text.Plan_NoRequirement);
        }

        return requirements;
    }

    internal static string ReadId(PlanReadContext context, YamlMappingNode map, string path)
    {
        var id = ReadIdText(context.Scope, map, path);
        context.CheckUnique(PlanYamlScope.Get(map, "id"), PlanYamlScope.Join(path, "id"), id);
        return id;
    }

    internal static string ReadIdText(PlanYamlScope scope, YamlMappingNode map, string path)
    {
        var id = scope.Scalar(map, "id", path, required: true, maxLength: 64) ?? string.Empty;
        if (id.Length > 0 && !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            scope.Fail(PlanYamlScope.Get(map, "id"), PlanYamlScope.Join(path, "id"), EnumText.Format(Text.Plan_BadId, id));
        }

        return id;
    }

    internal static EntityKind? ParseKind(string text) => SnakeCaseNames<EntityKind>.TryParse(text, out var v) ? v : null;
}
