using System.Globalization;
using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>Reads typed values out of YAML nodes, recording every problem with its line and field path.</summary>
internal sealed class PlanYamlScope(string file)
{
    public List<PlanFileError> Errors { get; } = [];

    public void Fail(YamlNode? node, string field, string message) =>
        Errors.Add(new PlanFileError(file, node is null ? 1 : (int)node.Start.Line, field, message));

    public YamlMappingNode? Mapping(YamlNode? node, string field)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        Fail(node, field, Text.Plan_ExpectedMapping);
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode? node, string field)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode list:
                return list.Children.ToList();
            default:
                Fail(node, field, Text.Plan_ExpectedList);
                return [];
        }
    }

    /// <summary>Refuses keys the format does not know, so a typo (<c>frequncy</c>) is not silently ignored.</summary>
    public void OnlyKeys(YamlMappingNode map, string path, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Fail(key, Join(path, name), EnumText.Format(Text.Plan_UnknownField, name, string.Join("、", known)));
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, or null when absent or written as YAML's null (<c>~</c>, <c>null</c>, nothing).</summary>
    public static YamlNode? Get(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public string? Scalar(YamlMappingNode map, string key, string path, bool required, int maxLength = 200)
    {
        var node = Get(map, key);
        var field = Join(path, key);
        if (node is null)
        {
            if (required)
            {
                Fail(node ?? map, field, Text.Plan_Required);
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Fail(node, field, Text.Plan_ExpectedText);
            return null;
        }

        var value = scalar.Value!.Trim();
        if (value.Length > maxLength)
        {
            Fail(node, field, EnumText.Format(Text.Plan_TooLong, maxLength));
            return null;
        }

        return value;
    }

    public IReadOnlyList<string> TextList(YamlMappingNode map, string key, string path)
    {
        var node = Get(map, key);
        var field = Join(path, key);
        if (node is YamlScalarNode { Value: { Length: > 0 } single })
        {
            return [single.Trim()];
        }

        var values = new List<string>();
        var items = Sequence(node, field);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add(value.Trim());
            }
            else
            {
                Fail(items[i], $"{field}[{i}]", Text.Plan_ExpectedText);
            }
        }

        return values;
    }

    public int? Integer(YamlMappingNode map, string key, string path, int min, int max, bool required)
    {
        var text = Scalar(map, key, path, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Fail(Get(map, key), Join(path, key), EnumText.Format(Text.Plan_BadInteger, text, min, max));
        return null;
    }

    /// <summary>A share written as a percentage, <c>25%</c>, between 0% and 100%.</summary>
    public decimal? Share(YamlMappingNode map, string key, string path, bool required)
    {
        var text = Scalar(map, key, path, required);
        if (text is null)
        {
            return null;
        }

        var field = Join(path, key);
        if (!text.EndsWith('%')
            || !decimal.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent))
        {
            Fail(Get(map, key), field, EnumText.Format(Text.Plan_BadShare, text));
            return null;
        }

        if (percent is <= 0 or > 100)
        {
            Fail(Get(map, key), field, EnumText.Format(Text.Plan_ShareOutOfRange, text));
            return null;
        }

        return percent / 100m;
    }

    /// <summary>An ISO date (<c>2025-03-31</c>) inside the plan's year.</summary>
    public DateOnly? Date(YamlMappingNode map, string key, string path, int year, bool required)
    {
        var text = Scalar(map, key, path, required);
        if (text is null)
        {
            return null;
        }

        var field = Join(path, key);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Fail(Get(map, key), field, EnumText.Format(Text.Plan_BadDate, text));
            return null;
        }

        if (date.Year != year)
        {
            Fail(Get(map, key), field, EnumText.Format(Text.Plan_DateOutsideYear, text, year));
            return null;
        }

        return date;
    }

    /// <summary>One value of an enum (a list is refused): <c>every: month</c>, a unit's <c>kind</c>.</summary>
    public TEnum? Enum<TEnum>(YamlMappingNode map, string key, string path, Func<string, TEnum?> parse, string allowed)
        where TEnum : struct, System.Enum
    {
        var node = Get(map, key);
        if (node is not null and not YamlScalarNode)
        {
            Fail(node, Join(path, key), Text.Plan_ExpectedText);
            return null;
        }

        var values = Enums(map, key, path, parse, allowed);
        return values.Count == 1 ? values.Single() : null;
    }

    public HashSet<TEnum> Enums<TEnum>(YamlMappingNode map, string key, string path, Func<string, TEnum?> parse, string allowed)
        where TEnum : struct, Enum
    {
        var result = new HashSet<TEnum>();
        var field = Join(path, key);
        var node = Get(map, key);
        var items = node is YamlScalarNode { Value.Length: > 0 } ? [node] : Sequence(node, field);
        for (var i = 0; i < items.Count; i++)
        {
            var text = (items[i] as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
            if (parse(text) is { } value)
            {
                result.Add(value);
            }
            else
            {
                Fail(items[i], node is YamlSequenceNode ? $"{field}[{i}]" : field, EnumText.Format(Text.Plan_UnknownValue, text, allowed));
            }
        }

        return result;
    }
}
