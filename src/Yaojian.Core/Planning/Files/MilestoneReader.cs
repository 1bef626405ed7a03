using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>Reads one entry of <c>milestones</c>: a category and the share of it covered by each date.</summary>
internal static class MilestoneReader
{
    public static CoverageMilestone Read(PlanReadContext context, YamlMappingNode map, string path)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, "id", "name", "requirements", "select", "targets", "lead");
        var id = PlanFileReader.ReadId(context, map, path);
        var name = scope.Scalar(map, "name", path, required: true) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path);
        var select = SelectorReader.Read(scope, map, path);
        var lead = PlanFileReader.ReadLead(context, map, path, required: false);
        var targets = new List<MilestoneTarget>();
        var targetsPath = PlanYamlScope.Join(path, "targets");
        var items = scope.Sequence(PlanYamlScope.Get(map, "targets"), targetsPath);
        if (items.Count == 0)
        {
            scope.Fail(PlanYamlScope.Get(map, "targets") ?? map, targetsPath, Text.Plan_NoTargets);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{targetsPath}[{i}]";
            if (scope.Mapping(items[i], itemPath) is not { } item)
            {
                continue;
            }

            scope.OnlyKeys(item, itemPath, "by", "share");
            var by = scope.Date(item, "by", itemPath, context.Year, required: true);
            var share = scope.Share(item, "share", itemPath, required: true);
            if (by is null || share is null)
            {
                continue;
            }

            if (targets.Count > 0 && (by <= targets[^1].By || share < targets[^1].Share))
            {
                scope.Fail(item, itemPath, EnumText.Format(Text.Plan_TargetsOutOfOrder, by.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }

            targets.Add(new MilestoneTarget(by.Value, share.Value));
        }

        return new CoverageMilestone(id, name, requirements, select, targets, lead);
    }
}
