using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Planning.Checklists;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>Reads <c>checklists</c>: versioned lists of items, each applying to a selection of entities or to a campaign.</summary>
internal static class ChecklistReader
{
    private const string Key = "checklists";

    public static IReadOnlyList<Checklist> ReadAll(PlanReadContext context, YamlMappingNode root, IReadOnlyList<SpecialCampaign> campaigns)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var campaignIds = campaigns.Select(c => c.Id).Where(id => id.Length > 0).ToList();
        return context.List(root, Key, (c, map, path) => Read(c, map, path, ids, campaignIds));
    }

    private static Checklist Read(PlanReadContext context, YamlMappingNode map, string path, Dictionary<string, string> ids, IReadOnlyList<string> campaignIds)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, "id", "version", "name", "requirements", "applies_to", "campaign", "items");
        var id = PlanFileReader.ReadIdText(scope, map, path);
        var idField = PlanYamlScope.Join(path, "id");
        if (id.Length > 0 && !ids.TryAdd(id, idField))
        {
            scope.Fail(PlanYamlScope.Get(map, "id"), idField, EnumText.Format(Text.Plan_DuplicateChecklist, id, ids[id]));
        }

        var version = scope.Integer(map, "version", path, 1, 9999, required: true) ?? 1;
        var name = scope.Scalar(map, "name", path, required: true) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path);
        var appliesTo = SelectorReader.ReadAppliesTo(scope, map, path);
        var campaign = ReadCampaign(scope, map, path, campaignIds);
        if (appliesTo is null && campaign is null && PlanYamlScope.Get(map, "applies_to") is null && PlanYamlScope.Get(map, "campaign") is null)
        {
            scope.Fail(map, PlanYamlScope.Join(path, "applies_to"), Text.Plan_ChecklistNoScope);
        }

        var items = ChecklistItemReader.ReadAll(context, map, path);
        return new Checklist(id, version, name, requirements, appliesTo, campaign, items);
    }

    private static string? ReadCampaign(PlanYamlScope scope, YamlMappingNode map, string path, IReadOnlyList<string> campaignIds)
    {
        var campaign = scope.Scalar(map, "campaign", path, required: false, maxLength: 64);
        if (campaign is null || campaignIds.Contains(campaign, StringComparer.Ordinal))
        {
            return campaign;
        }

        var message = campaignIds.Count == 0
            ? EnumText.Format(Text.Plan_UnknownCampaignNone, campaign)
            : EnumText.Format(Text.Plan_UnknownCampaign, campaign, string.Join("、", campaignIds));
        scope.Fail(PlanYamlScope.Get(map, "campaign"), PlanYamlScope.Join(path, "campaign"), message);
        return null;
    }
}
