using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>What the parts of a plan file are read against: the plan's year and its units.</summary>
internal sealed record PlanReadContext(PlanYamlScope Scope, int Year, IReadOnlySet<string> Units)
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    /// <summary>Rules, milestones and campaigns share one space of ids (a campaign's id names its visits' rule).</summary>
    public void CheckUnique(YamlNode? node, string field, string id)
    {
        if (id.Length > 0 && !_ids.TryAdd(id, field))
        {
            Scope.Fail(node, field, EnumText.Format(Text.Plan_DuplicateId, id, _ids[id]));
        }
    }

    public void CheckUnit(YamlNode? node, string field, string code)
    {
        if (!Units.Contains(code))
        {
            Scope.Fail(node, field, EnumText.Format(Text.Plan_UnknownUnit, code, string.Join("、", Units.Order(StringComparer.Ordinal))));
        }
    }

    public List<T> List<T>(YamlMappingNode root, string key, Func<PlanReadContext, YamlMappingNode, string, T> read)
    {
        var result = new List<T>();
        var items = Scope.Sequence(PlanYamlScope.Get(root, key), key);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{key}[{i}]";
            if (Scope.Mapping(items[i], path) is { } map)
            {
                result.Add(read(this, map, path));
            }
        }

        return result;
    }
}
