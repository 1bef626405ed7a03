using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>Reads one entry of <c>campaigns</c>: scope, target count, window, units and partners.</summary>
internal static class CampaignReader
{
    public static readonly string[] Modes = ["special", "joint", "flying", "for_cause", "recheck", "cross", "covert"];

    public static readonly string[] PartnerNames = ["health_commission", "medical_insurance", "police", "advertising", "cdc"];

    public static SpecialCampaign Read(PlanReadContext context, YamlMappingNode map, string path)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, "id", "name", "requirements", "mode", "select", "target_count", "start", "deadline", "lead", "assist", "partners", "focus");
        var id = PlanFileReader.ReadId(context, map, path);
        var name = scope.Scalar(map, "name", path, required: true) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path);
        var mode = scope.Scalar(map, "mode", path, required: false, maxLength: 20) ?? "special";
        if (!Modes.Contains(mode, StringComparer.Ordinal))
        {
            scope.Fail(PlanYamlScope.Get(map, "mode"), PlanYamlScope.Join(path, "mode"), EnumText.Format(Text.Plan_UnknownValue, mode, string.Join("、", Modes)));
        }

        var select = SelectorReader.Read(scope, map, path);
        var target = ReadTarget(scope, map, path);
        var start = scope.Date(map, "start", path, context.Year, required: false);
        var deadline = scope.Date(map, "deadline", path, context.Year, required: false);
        if (start is not null && deadline is not null && start > deadline)
        {
            scope.Fail(PlanYamlScope.Get(map, "deadline"), PlanYamlScope.Join(path, "deadline"), Text.Plan_DeadlineBeforeStart);
        }

        var lead = PlanFileReader.ReadLead(context, map, path, required: true);
        var assist = PlanFileReader.ReadUnits(context, map, "assist", path);
        var partners = scope.TextList(map, "partners", path);
        foreach (var partner in partners.Where(p => !PartnerNames.Contains(p, StringComparer.Ordinal)))
        {
            scope.Fail(PlanYamlScope.Get(map, "partners"), PlanYamlScope.Join(path, "partners"), EnumText.Format(Text.Plan_UnknownValue, partner, string.Join("、", PartnerNames)));
        }

        var focus = scope.TextList(map, "focus", path);
        return new SpecialCampaign(id, name, requirements, mode, select, target, start, deadline, lead, assist, partners, focus);
    }

    private static CampaignTarget ReadTarget(PlanYamlScope scope, YamlMappingNode map, string path)
    {
        var text = scope.Scalar(map, "target_count", path, required: false, maxLength: 10);
        if (text is null)
        {
            return CampaignTarget.None;
        }

        if (text == "all")
        {
            return CampaignTarget.Everyone;
        }

        var count = scope.Integer(map, "target_count", path, 1, 1_000_000, required: true);
        return count is null ? CampaignTarget.None : new CampaignTarget(false, count);
    }
}
