using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Planning.Checklists;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>Reads the <c>items</c> of a checklist: at least one, ids unique within the list, each with its requirements.</summary>
internal static class ChecklistItemReader
{
    public static IReadOnlyList<ChecklistItem> ReadAll(PlanReadContext context, YamlMappingNode owner, string ownerPath)
    {
        var scope = context.Scope;
        var path = PlanYamlScope.Join(ownerPath, "items");
        var nodes = scope.Sequence(PlanYamlScope.Get(owner, "items"), path);
        if (nodes.Count == 0)
        {
            scope.Fail(PlanYamlScope.Get(owner, "items") ?? owner, path, Text.Plan_NoChecklistItems);
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new List<ChecklistItem>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (scope.Mapping(nodes[i], itemPath) is { } map)
            {
                items.Add(Read(context, map, itemPath, ids));
            }
        }

        return items;
    }

    private static ChecklistItem Read(PlanReadContext context, YamlMappingNode map, string path, Dictionary<string, string> ids)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, "id", "text", "requirements", "severity_hint", "group");
        var id = PlanFileReader.ReadIdText(scope, map, path);
        var idField = PlanYamlScope.Join(path, "id");
        if (id.Length > 0 && !ids.TryAdd(id, idField))
        {
            scope.Fail(PlanYamlScope.Get(map, "id"), idField, EnumText.Format(Text.Plan_DuplicateChecklistItem, id, ids[id]));
        }

        var text = scope.Scalar(map, "text", path, required: true, maxLength: 500) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path, Text.Plan_NoItemRequirement);
        var severity = scope.Enum(map, "severity_hint", path, JurisdictionReader.Parse<ChecklistSeverity>, "serious、major、general");
        var group = scope.Scalar(map, "group", path, required: false, maxLength: 100);
        return new ChecklistItem(id, text, requirements, severity, group);
    }
}
