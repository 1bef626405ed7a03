using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Yaojian.Core.Tests.Planning;

/// <summary>
/// What a YAML editor checks a plan file against (plans/plan-file.schema.json): the YAML turned into JSON as
/// yaml-language-server does it (YAML 1.2 core schema: a plain <c>2025</c> is a number, <c>2025-03-31</c>, <c>10%</c>
/// and anything quoted are strings, <c>~</c> or nothing is null), and the schema, built once.
/// </summary>
internal static partial class PlanSchemaYaml
{
    private static readonly Lazy<string> LazyRoot = new(FindRepoRoot);

    private static readonly Lazy<JsonSchema> LazySchema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaFile)));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    /// <summary>The folder holding Yaojian.slnx, found by walking up from the test binaries.</summary>
    public static string RepoRoot => LazyRoot.Value;

    public static string PlansFolder => Path.Combine(RepoRoot, "plans");

    public static string SchemaFile => Path.Combine(PlansFolder, "plan-file.schema.json");

    public static JsonSchema Schema => LazySchema.Value;

    public static EvaluationResults Evaluate(string yaml)
    {
        using var document = JsonDocument.Parse(ToJson(yaml)?.ToJsonString() ?? "null");
        return Schema.Evaluate(document.RootElement, Options);
    }

    /// <summary>The schema's errors, one line each, for assertion messages.</summary>
    public static string Describe(EvaluationResults results) =>
        string.Join(Environment.NewLine, (results.Details ?? [])
            .Prepend(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation}: {e.Key}: {e.Value}")));

    /// <summary>The one document of <paramref name="yaml"/> as JSON (null for an empty file or for several documents).</summary>
    public static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 1 ? Convert(stream.Documents[0].RootNode) : null;
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p =>
            KeyValuePair.Create(((YamlScalarNode)p.Key).Value ?? string.Empty, Convert(p.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.StartsWith('t') || text.StartsWith('T'));
        }

        if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (FloatPattern().IsMatch(text))
        {
            return JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(text);
    }

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Yaojian.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Yaojian.slnx above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
