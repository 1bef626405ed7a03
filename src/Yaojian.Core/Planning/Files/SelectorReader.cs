using System.Globalization;
using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>Reads a <c>select</c> block into an <see cref="EntitySelector"/>.</summary>
internal static class SelectorReader
{
    private static readonly string[] AttributeKeys = ["kind", "tags", "not_tags", "credit_grade", "device_tier", "area"];

    public static EntitySelector Read(PlanYamlScope scope, YamlMappingNode owner, string ownerPath)
    {
        var path = PlanYamlScope.Join(ownerPath, "select");
        if (PlanYamlScope.Get(owner, "select") is null)
        {
            scope.Fail(owner, path, Text.Plan_Required);
            return EntitySelector.Everything;
        }

        return ReadOptional(scope, owner, ownerPath, "select") ?? EntitySelector.Everything;
    }

    /// <summary>The selector under <paramref name="key"/>, or null when the key is absent (or not a mapping, reported).</summary>
    public static EntitySelector? ReadOptional(PlanYamlScope scope, YamlMappingNode owner, string ownerPath, string key)
    {
        var path = PlanYamlScope.Join(ownerPath, key);
        var node = PlanYamlScope.Get(owner, key);
        if (node is null)
        {
            return null;
        }

        return scope.Mapping(node, path) is { } map ? ReadMap(scope, map, path, topLevel: true) : null;
    }

    /// <summary>
    /// <c>applies_to</c> of a checklist or a grading rule (or <paramref name="key"/>: a focus list's <c>select</c>), or
    /// null when absent. It is about what an entity is, not whether it is planned: without <c>status</c> it applies to an
    /// entity of any status (a lost-contact operator found trading is inspected with the operators' list, and graded for
    /// what was found; a lost-contact pharmacy found selling is sampled all the same).
    /// </summary>
    public static EntitySelector? ReadAppliesTo(PlanYamlScope scope, YamlMappingNode owner, string ownerPath, string key = "applies_to")
    {
        var selector = ReadOptional(scope, owner, ownerPath, key);
        var statusGiven = PlanYamlScope.Get(owner, key) is YamlMappingNode inner && PlanYamlScope.Get(inner, "status") is not null;
        return selector is null || statusGiven ? selector : selector with { Statuses = new HashSet<EntityStatus>() };
    }

    private static EntitySelector ReadMap(PlanYamlScope scope, YamlMappingNode map, string path, bool topLevel)
    {
        scope.OnlyKeys(map, path, topLevel ? [.. AttributeKeys, "status", "any"] : AttributeKeys);
        var kinds = scope.Enums(map, "kind", path, JurisdictionReader.Parse<EntityKind>, Names<EntityKind>());
        var tags = Tags(scope, map, "tags", path);
        var notTags = Tags(scope, map, "not_tags", path);
        var grades = scope.Enums(map, "credit_grade", path, JurisdictionReader.Parse<CreditGrade>, "A、B、C、D");
        var tiers = scope.Enums(map, "device_tier", path, ParseTier, "1、2");
        var areas = scope.Enums(map, "area", path, JurisdictionReader.Parse<AreaClass>, Names<AreaClass>());
        IReadOnlySet<EntityStatus> statuses = !topLevel ? new HashSet<EntityStatus>()
            : PlanYamlScope.Get(map, "status") is not null
                ? scope.Enums(map, "status", path, JurisdictionReader.Parse<EntityStatus>, Names<EntityStatus>())
                : EntitySelector.ActiveOnly;
        var any = new List<EntitySelector>();
        if (topLevel)
        {
            var items = scope.Sequence(PlanYamlScope.Get(map, "any"), PlanYamlScope.Join(path, "any"));
            for (var i = 0; i < items.Count; i++)
            {
                var itemPath = $"{PlanYamlScope.Join(path, "any")}[{i}]";
                if (scope.Mapping(items[i], itemPath) is { } item)
                {
                    any.Add(ReadMap(scope, item, itemPath, topLevel: false));
                }
            }
        }

        return new EntitySelector(kinds, tags, notTags, grades, tiers, areas, statuses, any);
    }

    private static SupervisionTags Tags(PlanYamlScope scope, YamlMappingNode map, string key, string path)
    {
        var set = scope.Enums(map, key, path, JurisdictionReader.Parse<SupervisionTags>, Names<SupervisionTags>());
        return set.Aggregate(SupervisionTags.None, (all, tag) => all | tag);
    }

    private static DeviceTier? ParseTier(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && Enum.IsDefined((DeviceTier)level)
            ? (DeviceTier)level
            : null;

    private static string Names<T>()
        where T : struct, Enum => string.Join("、", SnakeCaseNames<T>.All.Where(n => n != "none"));
}
