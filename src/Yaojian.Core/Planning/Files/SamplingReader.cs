using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Resources;
using Yaojian.Core.Sampling;

namespace Yaojian.Core.Planning.Files;

/// <summary>
/// Reads the <c>sampling:</c> section (docs/formats/plan-file.md): the case-filing target, the categories with their
/// optional counts, the focus lists as criteria on the entity (<c>select</c>), the product and the sample. Category
/// and focus-list ids are unique within the section.
/// </summary>
internal static class SamplingReader
{
    public const int MaxCount = 1_000_000;

    public static SamplingPlan? Read(PlanReadContext context, YamlNode? node)
    {
        var scope = context.Scope;
        if (node is null || scope.Mapping(node, "sampling") is not { } map)
        {
            return null;
        }

        scope.OnlyKeys(map, "sampling", "filing", "categories", "focus");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var filing = ReadFiling(context, PlanYamlScope.Get(map, "filing"));
        var categories = List(context, map, "categories", (m, p) => ReadCategory(context, m, p, ids));
        if (categories.Count == 0)
        {
            scope.Fail(PlanYamlScope.Get(map, "categories") ?? map, "sampling.categories", Text.Plan_SamplingNoCategories);
        }

        var known = categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var focus = List(context, map, "focus", (m, p) => ReadFocus(context, m, p, ids, known));
        return new SamplingPlan(filing, categories, focus);
    }

    private static List<T> List<T>(PlanReadContext context, YamlMappingNode map, string key, Func<YamlMappingNode, string, T> read)
    {
        var result = new List<T>();
        var path = $"sampling.{key}";
        var items = context.Scope.Sequence(PlanYamlScope.Get(map, key), path);
        for (var i = 0; i < items.Count; i++)
        {
            if (context.Scope.Mapping(items[i], $"{path}[{i}]") is { } item)
            {
                result.Add(read(item, $"{path}[{i}]"));
            }
        }

        return result;
    }

    private static FilingTarget? ReadFiling(PlanReadContext context, YamlNode? node)
    {
        if (node is null || context.Scope.Mapping(node, "sampling.filing") is not { } map)
        {
            return null;
        }

        context.Scope.OnlyKeys(map, "sampling.filing", "target", "requirements");
        var share = context.Scope.Share(map, "target", "sampling.filing", required: true);
        var requirements = PlanFileReader.ReadRequirements(context, map, "sampling.filing", Text.Plan_SamplingNoRequirement);
        return new FilingTarget(share ?? 1m, requirements);
    }

    private static SamplingCategory ReadCategory(PlanReadContext context, YamlMappingNode map, string path, Dictionary<string, string> ids)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, "id", "name", "requirements", "count");
        var id = ReadId(scope, map, path, ids);
        var name = scope.Scalar(map, "name", path, required: true) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path, Text.Plan_SamplingNoRequirement);
        var count = scope.Integer(map, "count", path, 1, MaxCount, required: false);
        return new SamplingCategory(id, name, requirements, count);
    }

    private static FocusList ReadFocus(PlanReadContext context, YamlMappingNode map, string path, Dictionary<string, string> ids, IReadOnlySet<string> categories)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, "id", "name", "requirements", "categories", "select", "product", "sample", "count");
        var id = ReadId(scope, map, path, ids);
        var name = scope.Scalar(map, "name", path, required: true) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path, Text.Plan_SamplingNoRequirement);
        var listed = scope.TextList(map, "categories", path);
        foreach (var category in listed.Where(c => !categories.Contains(c)))
        {
            scope.Fail(PlanYamlScope.Get(map, "categories"), PlanYamlScope.Join(path, "categories"),
                EnumText.Format(Text.Plan_SamplingUnknownCategory, category, string.Join("、", categories.Order(StringComparer.Ordinal))));
        }

        var select = SelectorReader.ReadAppliesTo(scope, map, path, "select");
        var product = ReadProduct(scope, PlanYamlScope.Get(map, "product"), PlanYamlScope.Join(path, "product"));
        var sample = ReadSample(scope, PlanYamlScope.Get(map, "sample"), PlanYamlScope.Join(path, "sample"));
        if (PlanYamlScope.Get(map, "select") is null && PlanYamlScope.Get(map, "product") is null && PlanYamlScope.Get(map, "sample") is null)
        {
            scope.Fail(map, path, Text.Plan_SamplingFocusNoCriteria);
        }

        var count = scope.Integer(map, "count", path, 1, MaxCount, required: false);
        return new FocusList(id, name, requirements, listed, select, product, sample, count);
    }

    private static ProductCriteria? ReadProduct(PlanYamlScope scope, YamlNode? node, string path)
    {
        if (node is null || scope.Mapping(node, path) is not { } map)
        {
            return null;
        }

        scope.OnlyKeys(map, path, "flags", "control_class", "nonconforming_last_year");
        var flags = scope.Enums(map, "flags", path, ParseFlag<ProductFlags>, Names<ProductFlags>())
            .Aggregate(ProductFlags.None, (all, flag) => all | flag);
        var classes = scope.Enums(map, "control_class", path, ParseFlag<ControlClass>, Names<ControlClass>());
        var followUp = ReadTrue(scope, map, "nonconforming_last_year", path);
        if (flags == ProductFlags.None && classes.Count == 0 && !followUp)
        {
            scope.Fail(map, path, Text.Plan_SamplingEmptyCriteria);
        }

        return new ProductCriteria(flags, classes, followUp);
    }

    private static SampleCriteria? ReadSample(PlanYamlScope scope, YamlNode? node, string path)
    {
        if (node is null || scope.Mapping(node, path) is not { } map)
        {
            return null;
        }

        scope.OnlyKeys(map, path, "online", "concerns");
        bool? online = scope.Scalar(map, "online", path, required: false, maxLength: 10) switch
        {
            null => null,
            var text when text.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
            var text when text.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
            var text => Refuse(scope, map, "online", path, text),
        };
        var concerns = scope.Enums(map, "concerns", path, ParseFlag<SampleConcerns>, Names<SampleConcerns>())
            .Aggregate(SampleConcerns.None, (all, concern) => all | concern);
        if (online is null && concerns == SampleConcerns.None)
        {
            scope.Fail(map, path, Text.Plan_SamplingEmptyCriteria);
        }

        return new SampleCriteria(online, concerns);
    }

    private static bool ReadTrue(PlanYamlScope scope, YamlMappingNode map, string key, string path)
    {
        var text = scope.Scalar(map, key, path, required: false, maxLength: 10);
        if (text is null)
        {
            return false;
        }

        if (!text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            scope.Fail(PlanYamlScope.Get(map, key), PlanYamlScope.Join(path, key), EnumText.Format(Text.Plan_UnknownValue, text, "true"));
        }

        return true;
    }

    private static bool? Refuse(PlanYamlScope scope, YamlMappingNode map, string key, string path, string text)
    {
        scope.Fail(PlanYamlScope.Get(map, key), PlanYamlScope.Join(path, key), EnumText.Format(Text.Plan_UnknownValue, text, "true、false"));
        return null;
    }

    private static string ReadId(PlanYamlScope scope, YamlMappingNode map, string path, Dictionary<string, string> ids)
    {
        var id = PlanFileReader.ReadIdText(scope, map, path);
        if (id.Length > 0 && !ids.TryAdd(id, PlanYamlScope.Join(path, "id")))
        {
            scope.Fail(PlanYamlScope.Get(map, "id"), PlanYamlScope.Join(path, "id"), EnumText.Format(Text.Plan_SamplingDuplicateId, id, ids[id]));
        }

        return id;
    }

    // "none" is no flag: a criterion naming it would match nothing.
    private static T? ParseFlag<T>(string text)
        where T : struct, Enum =>
        SnakeCaseNames<T>.TryParse(text, out var value) && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0 ? value : null;

    private static string Names<T>()
        where T : struct, Enum => string.Join("、", SnakeCaseNames<T>.All.Where(n => n != "none"));
}
