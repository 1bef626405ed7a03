using System.Text.Json.Nodes;

namespace Yaojian.IntegrationTests.Api;

/// <summary>
/// The malformed requests for every operation of an OpenAPI document, from its own schemas and a seeded random: for
/// each operation the plausible request, then each parameter and each body property made malformed in turn, broken
/// JSON, items of empty ids. At most <see cref="MaxPerOperation"/> per operation; the same cases for the same seed.
/// </summary>
public sealed class OpenApiCases
{
    public const int MaxPerOperation = 10;

    private static readonly string[] Methods = ["get", "post", "put", "delete", "patch"];

    private readonly SchemaValues _values;
    private readonly Random _random;

    private OpenApiCases(JsonObject? components, IReadOnlyDictionary<string, JsonNode> known, int seed)
    {
        _random = new Random(seed);
        _values = new SchemaValues(components, known, _random);
    }

    /// <summary>
    /// The cases of every operation of <paramref name="document"/>, in the document's order; <paramref name="known"/>
    /// gives the plausible value of a parameter or property by name (ids of records that exist), case-insensitive.
    /// </summary>
    public static IReadOnlyList<FuzzCase> For(JsonNode document, int seed, IReadOnlyDictionary<string, JsonNode>? known = null)
    {
        var cases = new OpenApiCases(document["components"]?["schemas"] as JsonObject, known ?? new Dictionary<string, JsonNode>(), seed);
        var all = new List<FuzzCase>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods.Where(m => item![m] is not null))
            {
                all.AddRange(cases.OfOperation(path, method, item![method]!.AsObject()));
            }
        }

        return all;
    }

    /// <summary>The plausible request of every operation, for callers who should get 401 or 403 rather than 500.</summary>
    public static IReadOnlyList<FuzzCase> Plausible(IReadOnlyList<FuzzCase> cases) =>
        cases.Where(c => c.What == "plausible").ToList();

    private List<FuzzCase> OfOperation(string path, string method, JsonObject operation)
    {
        var name = operation["operationId"]?.GetValue<string>() ?? $"{method} {path}";
        var parameters = (operation["parameters"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var content = operation["requestBody"]?["content"] as JsonObject;
        var contentType = content?.Select(c => c.Key).FirstOrDefault();
        var bodySchema = contentType is null ? null : content![contentType]!["schema"];
        var values = parameters.ToDictionary(p => p["name"]!.GetValue<string>(), p => _values.Valid(p["schema"], p["name"]!.GetValue<string>()));
        var body = contentType == "application/json" ? _values.Valid(bodySchema, "body") : null;

        FuzzCase Case(string what, IReadOnlyDictionary<string, JsonNode?> parameterValues, string? text, string? type = null) =>
            Build(name, method, path, parameters, parameterValues, type ?? contentType, text, what);

        var must = new List<FuzzCase> { Case("plausible", values, Text(contentType, body)) };
        var optional = new List<FuzzCase>();
        foreach (var parameter in parameters)
        {
            var parameterName = parameter["name"]!.GetValue<string>();
            var malformed = _values.Malformed(parameter["schema"], parameterName);
            foreach (var (what, value) in malformed.Take(parameterName.Contains("year", StringComparison.OrdinalIgnoreCase) ? 2 : 1))
            {
                must.Add(Case($"{parameterName}: {what}", With(values, parameterName, value), Text(contentType, body)));
            }

            var other = malformed[_random.Next(malformed.Count)];
            optional.Add(Case($"{parameterName}: {other.What}", With(values, parameterName, other.Value), Text(contentType, body)));
        }

        switch (contentType)
        {
            case "application/json":
                AddBodyCases(bodySchema, body, must, optional, (what, text, type) => Case(what, values, text, type));
                break;
            case "multipart/form-data":
                optional.Add(Case("no file", values, null));
                optional.Add(Case("JSON instead of a form", values, "{}", "application/json"));
                break;
        }

        var extra = optional.OrderBy(_ => _random.Next()).Take(Math.Max(0, MaxPerOperation - must.Count));
        return [.. must, .. extra];
    }

    private void AddBodyCases(JsonNode? schema, JsonNode? body, List<FuzzCase> must, List<FuzzCase> optional, Func<string, string?, string?, FuzzCase> add)
    {
        must.Add(add("broken JSON", "{\"a\":", null));
        optional.Add(add("empty body", string.Empty, null));
        optional.Add(add("JSON null", "null", null));
        optional.Add(add("text instead of JSON", "药监", "text/plain"));
        var (root, _) = _values.Resolve(schema);
        var (what, value) = _values.OneMalformed(schema, "body");
        optional.Add(add($"body: {what}", Json(value), null));

        // The properties of the body, or of its items when it is a list (checklist answers).
        var isList = SchemaValues.TypeOf(root) == "array";
        var (target, _) = isList ? _values.Resolve(root["items"]) : (root, false);
        var required = (target["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (var (property, propertySchema) in target["properties"] as JsonObject ?? [])
        {
            var malformed = _values.Malformed(propertySchema, property);
            must.Add(add($"{property}: {malformed[0].What}", Json(Replace(body, isList, property, malformed[0].Value)), null));
            var other = malformed[_random.Next(malformed.Count)];
            optional.Add(add($"{property}: {other.What}", Json(Replace(body, isList, property, other.Value)), null));
            if (required.Contains(property))
            {
                optional.Add(add($"{property}: null (required)", Json(Replace(body, isList, property, null)), null));
            }

            var (propertyResolved, _) = _values.Resolve(propertySchema);
            if (SchemaValues.TypeOf(propertyResolved) == "array" && SchemaValues.TypeOf(_values.Resolve(propertyResolved["items"]).Schema) == "object")
            {
                must.Add(add($"{property}: an item of empty strings", Json(Replace(body, isList, property, new JsonArray(_values.Hollow(propertyResolved["items"], empty: true)))), null));
                must.Add(add($"{property}: an item of nulls", Json(Replace(body, isList, property, new JsonArray(_values.Hollow(propertyResolved["items"], empty: false)))), null));
            }
        }
    }

    private static JsonNode? Replace(JsonNode? body, bool isList, string property, JsonNode? value)
    {
        var copy = body?.DeepClone();
        var target = isList ? (copy as JsonArray)?.FirstOrDefault() as JsonObject : copy as JsonObject;
        if (target is not null)
        {
            target[property] = value?.DeepClone();
        }

        return copy;
    }

    private static Dictionary<string, JsonNode?> With(Dictionary<string, JsonNode?> values, string name, JsonNode? value) =>
        new(values) { [name] = value };

    private static string? Text(string? contentType, JsonNode? body) => contentType switch
    {
        "application/json" => Json(body),
        "multipart/form-data" => "\uFEFF名称,代码\n\"未闭合,=1+2\n",
        _ => null,
    };

    private static string Json(JsonNode? value) => value?.ToJsonString() ?? "null";

    private static FuzzCase Build(string name, string method, string path, List<JsonObject> parameters, IReadOnlyDictionary<string, JsonNode?> values, string? contentType, string? body, string what)
    {
        var query = new List<string>();
        foreach (var parameter in parameters)
        {
            var parameterName = parameter["name"]!.GetValue<string>();
            var text = values[parameterName] switch
            {
                null => string.Empty,
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                var v => v.ToJsonString(),
            };
            if (parameter["in"]?.GetValue<string>() == "path")
            {
                // Kestrel refuses a NUL in the path before the app sees it; the test server throws instead.
                path = path.Replace("{" + parameterName + "}", Uri.EscapeDataString(text.Replace("\0", string.Empty, StringComparison.Ordinal)), StringComparison.Ordinal);
            }
            else if (values[parameterName] is not null)
            {
                query.Add($"{Uri.EscapeDataString(parameterName)}={Uri.EscapeDataString(text)}");
            }
        }

        return new FuzzCase(name, method.ToUpperInvariant(), path, query.Count == 0 ? string.Empty : "?" + string.Join('&', query), contentType, body, what);
    }
}
